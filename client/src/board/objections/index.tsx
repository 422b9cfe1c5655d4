import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ObjectionView } from '@shared/api/views';
import { RESULT_LIMITS } from '@shared/result/result';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { confirmAnswerObjection } from '../../confirm';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { TextAreaField, tooLong } from '../../components/TextField';
import { TermNotes } from '../../components/TermNotes';
import { usePageClass } from '../../care/careMode';

type Decision = 'dismiss' | 'uphold';
const DECISIONS: readonly Decision[] = ['dismiss', 'uphold'];
const DECISION_LABELS: Record<Decision, string> = { dismiss: '不予采纳', uphold: '采纳并复议' };

/**
 * The committee's answer: 不予采纳 with the reason residents will read, or 采纳并复议, which sends
 * the consultation back to consulting. Either is final, so it asks first; the reason stays on failure.
 */
function AnswerBox({ objection, onDone }: { objection: ObjectionView; onDone: (answered: ObjectionView) => void }) {
  const [decision, setDecision] = useState<Decision | undefined>();
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const send = async () => {
    setError('');
    if (!decision) return setError('请选择不予采纳或采纳并复议');
    if (!reason.trim()) return setError(decision === 'dismiss' ? '不予采纳须说明理由' : '请说明复议的理由');
    const over = tooLong('理由', reason, RESULT_LIMITS.reasonMax);
    if (over) return setError(over);
    if (!(await confirmAnswerObjection(decision === 'uphold'))) return;
    await run(async () => {
      onDone(await call('result', 'objection.answer', { objectionId: objection.id, decision, reason: reason.trim() }));
    });
  };

  return (
    <View className="field section">
      <View className="field-label">答复异议</View>
      <ChoiceChips options={DECISIONS} labels={DECISION_LABELS} value={decision} onChange={setDecision} />
      <TextAreaField value={reason} maxlength={RESULT_LIMITS.reasonMax} placeholder="请说明理由（必填，将公开显示）" onInput={setReason} />
      {decision === 'uphold' ? <View className="field-hint">采纳后结果撤回公示，议题重新进入协商</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={send}>
        {busy ? '正在提交…' : '提交答复'}
      </Button>
    </View>
  );
}

function ObjectionCard({ objection: o, onAnswered }: { objection: ObjectionView; onAnswered: (v: ObjectionView) => void }) {
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{o.authorName}</Text>
        <Text className="tag">{o.stateLabel}</Text>
      </View>
      <View className="meta">{formatChinaTime(o.at)}</View>
      <View className="opinion-text">{o.reason}</View>
      {o.answer ? (
        <View className="reply">
          <View className="field-label">答复：{o.stateLabel}</View>
          {o.answer.reason ? <View className="opinion-text">{o.answer.reason}</View> : null}
          <View className="meta">
            {o.answer.byName} · {formatChinaTime(o.answer.at)}
          </View>
        </View>
      ) : (
        <View className="meta">等待委员会答复</View>
      )}
      {o.can.answer ? <AnswerBox objection={o} onDone={onAnswered} /> : null}
    </View>
  );
}

/**
 * 异议及答复: the objections to a published result and the committee's answers, for every member
 * (names masked for others). The committee answers here; an answered objection reloads the list,
 * since upholding one settles the others too.
 */
export default function Objections() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const list = useLoad(() => call('result', 'objection.list', { consultationId }));
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const { consultation, objections, windowEndsAt } = list.data;
  const answered = (v: ObjectionView) => {
    Taro.showToast({ title: v.state === 'upheld' ? '已采纳，进入复议' : '已答复', icon: 'success' });
    list.reload();
  };
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="row">
          <Text className="card-title">{consultation.title}</Text>
          <Text className="tag">{consultation.statusLabel}</Text>
        </View>
        {windowEndsAt !== undefined ? <View className="meta">异议期至 {formatChinaTime(windowEndsAt)}</View> : null}
        {windowEndsAt !== undefined ? <TermNotes text="异议期" /> : null}
      </View>
      <View className="section-title">异议（{objections.length}）</View>
      {objections.length === 0 ? <Empty text="没有人提出异议" /> : null}
      {objections.map((o) => (
        <ObjectionCard key={o.id} objection={o} onAnswered={answered} />
      ))}
    </View>
  );
}
