import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { JointPartView, JointView } from '@shared/api/views';
import { DAY_MS, formatChinaTime, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared/time';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { now } from '../../clock';
import { confirmJointComplete, confirmJointOutcome } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { DateTime } from '../../committee/draft/voteFields';

const verdict = (passed: boolean) => (passed ? '通过' : '未通过');

/** One community's part: its state, who may vote there, and its own count once counted. */
function Part({ part }: { part: JointPartView }) {
  return (
    <View className="card" onClick={() => Taro.navigateTo({ url: `/board/item/index?id=${part.consultationId}` })}>
      <View className="row">
        <View className="card-title">{part.communityName}</View>
        <View className="meta">{part.statusLabel}</View>
      </View>
      <View className="meta">
        应参加表决 {part.electors} 人，已表决 {part.ballots} 人
      </View>
      {part.counted ? (
        <>
          <View>
            同意 {part.counted.agree}，反对 {part.counted.disagree}，弃权 {part.counted.abstain}：本社区{verdict(part.counted.passed)}
          </View>
          <View className="meta">{part.counted.explanation}</View>
        </>
      ) : null}
      <View className="meta">查看本社区公示记录 ›</View>
    </View>
  );
}

function Overall({ joint }: { joint: JointView }) {
  const o = joint.overall;
  return (
    <View className="section">
      <View className="section-title">合计</View>
      <View className="card">
        <View className="meta">计票方式：{joint.countRuleLabel}</View>
        {o ? (
          <>
            <View>
              各社区合计：应参加 {o.electors} 人，已表决 {o.ballots} 人；同意 {o.agree}，反对 {o.disagree}，弃权 {o.abstain}
            </View>
            <View className="meta">{o.explanation}</View>
          </>
        ) : (
          <View className="meta">各社区表决结束并计票后显示合计结果</View>
        )}
        {joint.passed === undefined ? null : <View className="card-title">按计票方式：{verdict(joint.passed)}</View>}
      </View>
    </View>
  );
}

function OutcomeForm({ joint, onDone }: { joint: JointView; onDone: (j: JointView) => void }) {
  const due = toChinaDateTimeParts(now() + 30 * DAY_MS);
  const [text, setText] = useState('');
  const [responsible, setResponsible] = useState('');
  const [date, setDate] = useState(due.date);
  const [time, setTime] = useState('18:00');
  const { busy, error, setError, run } = useSubmit();
  const submit = async () => {
    if (text.trim().length < 4) return setError('请填写协商意见（至少4个字）');
    if (!responsible.trim()) return setError('请填写责任单位');
    if (!(await confirmJointOutcome())) return;
    await run(async () =>
      onDone(
        await call('street', 'street.jointOutcome', { id: joint.id, version: joint.version, text, responsible, dueAt: fromChinaDateTimeParts(date, time) }),
      ),
    );
  };
  return (
    <View className="section">
      <View className="section-title">形成协商意见</View>
      <TextAreaField label="协商意见" value={text} placeholder="各社区协商和表决后商定的意见" maxlength={2000} onInput={setText} />
      <TextField label="责任单位" value={responsible} placeholder="例如：街道城管科" maxlength={60} onInput={setResponsible} />
      <DateTime label="落实期限" date={date} time={time} onDate={setDate} onTime={setTime} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交协商意见'}
      </Button>
    </View>
  );
}

function CompleteForm({ joint, onDone }: { joint: JointView; onDone: (j: JointView) => void }) {
  const [report, setReport] = useState('');
  const { busy, error, setError, run } = useSubmit();
  const submit = async () => {
    if (report.trim().length < 4) return setError('请填写落实情况（至少4个字）');
    if (!(await confirmJointComplete())) return;
    await run(async () => onDone(await call('street', 'street.jointComplete', { id: joint.id, version: joint.version, report })));
  };
  return (
    <View className="section">
      <View className="section-title">报告落实完成</View>
      <TextAreaField label="落实情况" value={report} placeholder="做了什么、何时完成、各社区的反馈" maxlength={2000} onInput={setReport} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-plain" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '报告落实完成'}
      </Button>
    </View>
  );
}

function Outcome({ joint }: { joint: JointView }) {
  if (!joint.outcome) return null;
  const { outcome, completion } = joint;
  return (
    <View className="section">
      <View className="section-title">协商意见与落实</View>
      <View className="card">
        <View>{outcome.text}</View>
        <View className="meta">责任单位：{outcome.responsible}</View>
        <View className="meta">
          落实期限：{formatChinaTime(outcome.dueAt)}
          {joint.overdue ? '（已逾期，请督促落实）' : ''}
        </View>
        {completion ? (
          <View className="meta">
            已落实（{formatChinaTime(completion.at)}）：{completion.report}
          </View>
        ) : null}
      </View>
    </View>
  );
}

/** 跨社区协商: each community's part and count, the combined count, and the street's outcome and follow-up. */
export default function Joint() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const [updated, setUpdated] = useState<JointView | null>(null);
  const loaded = useLoad(() => call('street', 'street.joint', { id: params.id ?? '' }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const joint = updated ?? loaded.data;
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="card-title">{joint.title}</View>
        <View className="meta">
          {joint.stateLabel}
          {joint.overdue ? '·已逾期' : ''}
        </View>
        <View className="meta">参与社区：{joint.communityNames.join('、')}</View>
      </View>
      <View className="section">
        <View className="section-title">各社区</View>
        {joint.parts.map((p) => (
          <Part key={p.communityId} part={p} />
        ))}
      </View>
      <Overall joint={joint} />
      <Outcome joint={joint} />
      {joint.can.recordOutcome ? <OutcomeForm joint={joint} onDone={setUpdated} /> : null}
      {joint.can.complete ? <CompleteForm joint={joint} onDone={setUpdated} /> : null}
    </View>
  );
}
