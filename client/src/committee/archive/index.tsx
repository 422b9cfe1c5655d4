import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ArchiveExportView, ConsultationDetailView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { ApiError, call, errorText } from '../../api';
import { confirmSealArchive } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { Field } from '../../components/ConsultationRecord';
import { DocumentLinks } from '../../files/DocumentLinks';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { ConsultationHeader } from '../components/followUpPage';

/** 归档封存: the whole record is sealed and can no longer change; a rating still open closes with it. */
function Seal({ detail, onSealed }: { detail: ConsultationDetailView; onSealed: () => void }) {
  const { busy, error, setError, run } = useSubmit('归档失败，请重试');
  const evaluation = detail.result.evaluation;

  const seal = async () => {
    setError('');
    if (!(await confirmSealArchive())) return;
    await run(async () => {
      await call('result', 'archive.seal', { id: detail.consultation.id });
      Taro.showToast({ title: '已归档', icon: 'success' });
      onSealed();
    });
  };

  return (
    <View className="card">
      <View className="card-title">一事一档</View>
      <View className="meta">公告、报名、意见及答复、表决、异议、落实进展、测评和操作记录将一并封存，并生成校验码。</View>
      {evaluation?.open && evaluation.endsAt !== undefined ? (
        <View className="error-text">满意度测评至 {formatChinaTime(evaluation.endsAt)} 还未结束，归档后居民不能再评价。</View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={seal}>
        {busy ? '正在归档…' : '归档封存'}
      </Button>
    </View>
  );
}

/** 导出档案: the workbook and the printable dossier, both carrying the seal's hash. */
function Export({ consultationId }: { consultationId: string }) {
  const [files, setFiles] = useState<ArchiveExportView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const exportFiles = async () => {
    setError('');
    setBusy(true);
    try {
      setFiles(await call('result', 'archive.export', { id: consultationId }));
    } catch (e) {
      const forbidden = e instanceof ApiError && e.code === 'FORBIDDEN';
      setError(forbidden ? '只有委员会和监督委员会可以导出档案' : errorText(e, '导出失败，请重试'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card">
      <View className="card-title">档案文件</View>
      {files ? (
        <>
          <View className="meta">档案校验码（SHA-256）：</View>
          <View className="hash">{files.hash}</View>
          <DocumentLinks files={files} />
        </>
      ) : (
        <Button className="btn btn-primary" disabled={busy} onClick={exportFiles}>
          {busy ? '正在生成…' : '生成档案文件'}
        </Button>
      )}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/**
 * 归档与导出: a completed consultation is sealed (with a confirmation: nothing changes after), then
 * its dossier exported for the committee's files and the supervisory committee.
 */
export default function ArchivePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => call('consultation', 'consultation.get', { id }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const detail = loaded.data;
  const { archive } = detail.result;
  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      {archive ? (
        <>
          <View className="card">
            <View className="card-title">档案已封存</View>
            <Field label="封存时间" value={formatChinaTime(archive.sealedAt)} />
            <View className="meta">校验码（SHA-256）：</View>
            <View className="hash">{archive.hash}</View>
          </View>
          <Export consultationId={id} />
        </>
      ) : detail.manage.archive ? (
        <Seal detail={detail} onSealed={loaded.reload} />
      ) : (
        <View className="card">议题落实完成后，由委员会归档封存，之后可以导出档案。</View>
      )}
    </View>
  );
}
