import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { RESULT_LIMITS } from '@shared/result/result';
import { call } from '../../api';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { TextField, TextAreaField, tooLong } from '../../components/TextField';
import { useSubmit } from '../../hooks/useSubmit';
import { AttachmentPicker, attachmentInputs, attachmentsUploading, type PickedAttachment } from '../components/AttachmentPicker';
import { useTextDraft } from '../../hooks/useTextDraft';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';

/** The percent as typed, or null when it is not a whole number from 0 to 100. */
function percentOf(typed: string): number | null {
  const n = Number(typed.trim());
  return typed.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 100 ? n : null;
}

function ProgressForm({ detail }: { detail: ConsultationDetailView }) {
  const { id } = detail.consultation;
  const current = detail.result.implementation?.progressPercent ?? 0;
  // Kept on the device until posted, with its request id: a retried submit never posts it twice.
  const [typed, setTyped, draft] = useTextDraft(`progress:${id}`, { text: '', percent: String(current) });
  const { text, percent } = typed;
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [attachments, setAttachments] = useState<PickedAttachment[]>([]);
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    setError('');
    if (!text.trim()) return setError('请填写进展情况');
    const over = tooLong('进展情况', text, RESULT_LIMITS.progressMax);
    if (over) return setError(over);
    const p = percentOf(percent);
    if (p === null) return setError('完成进度请填写0到100之间的整数');
    if (stillUploading(photos) || attachmentsUploading(attachments)) return setError('照片或附件还在上传，请稍候');
    await run(async () => {
      await call('result', 'progress.post', {
        consultationId: id,
        requestId: draft.requestId,
        text: text.trim(),
        percent: p,
        photos: uploadedIds(photos),
        attachments: attachmentInputs(attachments),
      });
      draft.sent();
      await backToDetail(id);
      Taro.showToast({ title: '进展已发布', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      <View className="meta">目前进度：{current}%。进展将向本社区公开，参与的居民会收到消息。</View>
      <TextAreaField
        label="进展情况"
        value={text}
        placeholder="做了什么、还差什么，例如：车位划线已完成，标识牌下周安装"
        maxlength={RESULT_LIMITS.progressMax}
        onInput={(v) => setTyped((t) => ({ ...t, text: v }))}
        section
      />
      <TextField
        label="完成进度（%）"
        type="number"
        value={percent}
        placeholder="0到100"
        maxlength={3}
        onInput={(v) => setTyped((t) => ({ ...t, percent: v }))}
      />
      <PhotoPicker label="现场照片" hint="可选，拍下施工或完成情况" photos={photos} onChange={setPhotos} disabled={busy} />
      <AttachmentPicker label="附件（选填）" hint="如验收单、费用明细" value={attachments} onChange={setAttachments} disabled={busy} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在发布…' : '发布进展'}
      </Button>
    </View>
  );
}

/** 报告落实进展: the committee reports how far the work has come, with photos, in public. */
export default function ProgressPage() {
  const { params } = useRouter();
  return (
    <WithDetail id={params.consultationId ?? ''} isOpen={(d) => d.manage.postProgress} closed="只能在落实阶段报告进展">
      {(d) => <ProgressForm detail={d} />}
    </WithDetail>
  );
}
