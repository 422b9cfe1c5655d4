import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { CommissionView } from '@shared/api/views';
import { COMMISSION_LIMITS as L, FEEDBACK_DECISIONS, FEEDBACK_LABELS, feedbackNeedsReasons, type FeedbackDecision } from '@shared/street/commission';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { ChoiceChips } from '../../components/ChoiceChips';
import { CommissionCard } from '../../components/Commission';
import { Failure, Loading } from '../../components/LoadState';
import { TextAreaField, tooLong } from '../../components/TextField';
import { confirmStep } from '../../confirm';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

const confirmFeedback = (label: string, community: string) =>
  confirmStep('反馈研究吸纳情况', `将以“${label}”反馈${community}，参与协商的居民都会收到，反馈后不能修改。确定反馈吗？`, '确定反馈', '再看看');

/** 研究吸纳: the officer's feedback on the report — 采纳, 部分采纳 or 不采纳, with reasons unless all of it. */
function FeedbackForm({ m, onDone }: { m: CommissionView; onDone: (v: CommissionView) => void }) {
  const [decision, setDecision] = useState<FeedbackDecision | undefined>();
  const [reasons, setReasons] = useState('');
  const { busy, error, setError, run } = useSubmit('反馈失败，请重试');
  const submit = async () => {
    if (!decision) return setError('请选择采纳情况');
    if (feedbackNeedsReasons(decision) && !reasons.trim()) return setError(`${FEEDBACK_LABELS[decision]}须写明理由`);
    const long = tooLong('理由', reasons, L.reasonsMax);
    if (long) return setError(long);
    if (!(await confirmFeedback(FEEDBACK_LABELS[decision], m.community.name))) return;
    await run(async () => onDone(await call('street', 'street.feedback', { id: m.id, decision, ...(reasons.trim() ? { reasons: reasons.trim() } : {}) })));
  };
  return (
    <View className="section">
      <View className="section-title">研究吸纳情况</View>
      <ChoiceChips options={FEEDBACK_DECISIONS} labels={FEEDBACK_LABELS} value={decision} onChange={setDecision} />
      <TextAreaField
        label={decision && !feedbackNeedsReasons(decision) ? '说明（选填）' : '理由'}
        value={reasons}
        placeholder="部分采纳或不采纳的，请写明哪些没有采纳、为什么"
        maxlength={L.reasonsMax}
        onInput={setReasons}
        counted
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在反馈…' : '反馈'}
      </Button>
    </View>
  );
}

/** Where the matter waits, for those who cannot act on it now. */
function Waiting({ m }: { m: CommissionView }) {
  if (m.state === 'waiting') return <View className="meta">等待{m.community.name}委员会发起协商。</View>;
  if (m.state === 'consulting') return <View className="meta">{m.community.name}正在协商，形成协商意见后会向街道报告。</View>;
  if (m.state === 'reported') return <View className="meta">社区已报告，等待街道工作人员研究反馈。</View>;
  return null;
}

/** One commissioned matter: the report, the consultation's public record a tap away, and the feedback (officers only). */
export default function StreetCommission() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => call('street', 'street.commissionItem', { id }));
  const [updated, setUpdated] = useState<CommissionView | null>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const m = updated ?? loaded.data;
  return (
    <View className={pageClass}>
      <CommissionCard m={m} />
      {m.consultationId ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/board/item/index?id=${m.consultationId}` })}>
          查看协商的公开记录
        </Button>
      ) : null}
      {m.can.feedback ? <FeedbackForm m={m} onDone={setUpdated} /> : <Waiting m={m} />}
    </View>
  );
}
