import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import type { CommunityKind } from '@shared/member/roles';
import { DAY_MS, toChinaDateTimeParts } from '@shared/time';
import { isStatutory, RULE_SPECS, rulesFor, type RuleKind } from '@shared/voting/rules';
import { call } from '../../api';
import { confirmEscalate } from '../../confirm';
import { useSubmit } from '../../hooks/useSubmit';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';
import { formFromPlan, voteFromForm, type PlanForm } from '../draft/form';
import { VoteFields } from '../draft/voteFields';
import { TextAreaField } from '../../components/TextField';
import { now as clockNow } from '../../clock';

/** The statutory bodies a matter may go to, by kind of community (the server refuses any other rule). */
const meetingRules = (kind: CommunityKind): RuleKind[] => rulesFor(kind).filter(isStatutory);

/**
 * The new round starts from the failed vote's question and scope, under the community's meeting
 * rule, voting from tomorrow evening for a week. Counted from the consultation's last change when
 * the phone's clock is behind it.
 */
function escalationForm(detail: ConsultationDetailView): PlanForm {
  const now = Math.max(clockNow(), detail.consultation.updatedAt);
  const rules = meetingRules(detail.community.kind);
  const form = formFromPlan(detail.consultation.plan, now);
  const rule = form.voteRule && rules.includes(form.voteRule) ? form.voteRule : rules[0];
  // A meeting of residents never votes by owners' buildings.
  const scope = form.voteScopeKind === 'owners' || !form.voteScopeKind ? 'residents' : form.voteScopeKind;
  return {
    ...form,
    voteOn: true,
    voteRule: rule,
    // A meeting of members (代表会议, the collective's bodies) votes by its own scope.
    voteScopeKind: RULE_SPECS[rule].scopes.includes(scope) ? scope : RULE_SPECS[rule].scopes[0],
    voteOpenDate: toChinaDateTimeParts(now + DAY_MS).date,
    voteOpenTime: '19:00',
    voteCloseDate: toChinaDateTimeParts(now + 8 * DAY_MS).date,
    voteCloseTime: '20:00',
  };
}

function EscalateForm({ detail }: { detail: ConsultationDetailView }) {
  const { id, version } = detail.consultation;
  const kind = detail.community.kind;
  const meeting = kind === 'village' ? '村民会议' : '居民会议';
  const [form, setForm] = useState(() => escalationForm(detail));
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    setError('');
    if (!reason.trim()) return setError('请说明提交会议表决的原因');
    const built = voteFromForm(form, kind);
    if ('problem' in built) return setError(built.problem);
    if (!(await confirmEscalate(meeting))) return;
    await run(async () => {
      await call('result', 'outcome.escalate', { id, version, reason: reason.trim(), vote: built.vote });
      await backToDetail(id);
      Taro.showToast({ title: '已提交会议表决', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      {detail.result.vote ? <View className="meta">上一轮表决：{detail.result.vote.explanation}</View> : null}
      <TextAreaField
        label="提交原因（将公开显示）"
        value={reason}
        placeholder="例如：表决未达到法定人数，提交居民会议表决"
        maxlength={500}
        onInput={setReason}
        section
      />
      <View className="section-title">会议表决安排</View>
      <VoteFields form={form} setForm={setForm} communityKind={kind} rules={meetingRules(kind)} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : `提交${meeting}表决`}
      </Button>
    </View>
  );
}

/**
 * 提交会议表决 (居民会议, 村民会议 or 代表会议): when a vote failed or the matter is contested, the committee takes it to a
 * statutory meeting — a new round with its own electorate and tally; the earlier rounds stay.
 */
export default function EscalatePage() {
  const { params } = useRouter();
  return (
    <WithDetail id={params.id ?? ''} isOpen={(d) => d.manage.escalate} closed="现阶段不能提交会议表决">
      {(d) => <EscalateForm detail={d} />}
    </WithDetail>
  );
}
