/* The committee's 家人委托书 queue on the vote screen: the photos in front of them, 确认 or 退回 with a reason. */
import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProxyRequestsView, ProxyRequestView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmProxyDecision } from '../../confirm';
import { Failure } from '../../components/LoadState';
import { PhotoStrip } from '../../components/OpinionCard';
import { TextAreaField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

function Request(props: { consultationId: string; r: ProxyRequestView; onChanged: (v: ProxyRequestsView) => void }) {
  const { consultationId, r, onChanged } = props;
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');
  const decide = async (confirm: boolean) => {
    if (!confirm && !reason.trim()) return setError('请填写退回的原因，家人会看到');
    setError('');
    if (!(await confirmProxyDecision(r.electorLabel, confirm))) return;
    await run(async () => {
      const verdict = confirm ? 'confirm' : 'refuse';
      onChanged(
        await call('voting', 'family.confirmProxy', { consultationId, electorId: r.electorId, verdict, ...(confirm ? {} : { reason: reason.trim() }) }),
      );
      Taro.showToast({ title: confirm ? '已确认' : '已退回', icon: 'success' });
    });
  };
  return (
    <View className="card">
      <View className="card-title">选民：{r.electorLabel}</View>
      <View className="meta">
        {r.familyLabel}：受托家人 {r.helperName} · {formatChinaTime(r.at)}
      </View>
      <PhotoStrip photos={r.evidence} label="委托书照片（点开核对签字）" />
      <TextAreaField label="退回原因（退回时必填）" value={reason} placeholder="如：委托书没有本人签字" maxlength={500} onInput={setReason} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={() => decide(true)}>
        确认委托书
      </Button>
      <Button className="btn btn-plain" disabled={busy} onClick={() => decide(false)}>
        退回
      </Button>
    </View>
  );
}

/** 家人委托书待确认: shown while the vote takes ballots, with how many wait in its title. */
export function FamilyProxies({ consultationId }: { consultationId: string }) {
  const loaded = useLoad(() => call('voting', 'family.proxyRequests', { consultationId }));
  const [latest, setLatest] = useState<ProxyRequestsView | null>(null);
  if (loaded.status === 'loading') return <View className="meta">正在读取家人委托书…</View>;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const { pending } = latest ?? loaded.data;
  return (
    <View className="section">
      <View className="section-title">{pending.length > 0 ? `家人委托书待确认（${pending.length} 份）` : '家人委托书待确认'}</View>
      {pending.length === 0 ? <View className="card meta">没有等待确认的家人委托书</View> : null}
      {pending.map((r) => (
        <Request key={r.electorId} consultationId={consultationId} r={r} onChanged={setLatest} />
      ))}
    </View>
  );
}
