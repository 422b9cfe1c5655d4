import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { RESULT_LIMITS } from '@shared/result/result';
import { call } from '../../api';
import { confirmComplete } from '../../confirm';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useSubmit } from '../../hooks/useSubmit';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';
import { TextAreaField, tooLong } from '../../components/TextField';
import { useTextDraft } from '../../hooks/useTextDraft';

function CompleteForm({ detail }: { detail: ConsultationDetailView }) {
  const { id } = detail.consultation;
  const outcome = detail.result.outcome;
  const [{ report }, setTyped, draft] = useTextDraft(`complete:${id}`, { report: '' });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    setError('');
    if (!report.trim()) return setError('请填写落实情况报告');
    const over = tooLong('报告', report, RESULT_LIMITS.reportMax);
    if (over) return setError(over);
    if (stillUploading(photos)) return setError('照片还在上传，请稍候');
    if (!(await confirmComplete())) return;
    await run(async () => {
      await call('result', 'implementation.complete', { id, report: report.trim(), photos: uploadedIds(photos) });
      draft.sent();
      await backToDetail(id);
      Taro.showToast({ title: '已完成', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      {outcome ? (
        <View className="card">
          <View className="field-label">协商意见</View>
          <View className="opinion-text">{outcome.text}</View>
        </View>
      ) : null}
      <TextAreaField
        label="落实情况报告（将公开显示）"
        value={report}
        placeholder="逐项说明协商意见的落实情况、完成时间和费用"
        maxlength={RESULT_LIMITS.reportMax}
        onInput={(v) => setTyped({ report: v })}
        section
      />
      <PhotoPicker label="完成情况照片" hint="可选，拍下落实后的现场" photos={photos} onChange={setPhotos} disabled={busy} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '确认落实完成'}
      </Button>
      <View className="field-hint">完成后参与的居民可以为落实结果打分</View>
    </View>
  );
}

/** 落实完成: the final report, with photos; the participants' rating opens and they hear of it. */
export default function CompletePage() {
  const { params } = useRouter();
  return (
    <WithDetail id={params.id ?? ''} isOpen={(d) => d.manage.complete} closed="只有落实中的议题可以标记完成">
      {(d) => <CompleteForm detail={d} />}
    </WithDetail>
  );
}
