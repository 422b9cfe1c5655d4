import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView, ParticipationView } from '@shared/api/views';
import { DAY_MS, formatChinaTime } from '@shared/time';
import { RULE_LABELS } from '@shared/voting/rules';
import { ApiError, call } from '../../api';
import { confirmPublish, confirmStartConsulting, confirmWithdraw } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { Participation } from './participation';

function Field({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return (
    <View className="kv">
      <View className="kv-key">{label}</View>
      <View className="kv-value">{value}</View>
    </View>
  );
}

function Notice({ c }: { c: ConsultationDetailView['consultation'] }) {
  const { plan } = c;
  const schedule = plan.schedule;
  const when =
    schedule?.startsAt !== undefined
      ? `${formatChinaTime(schedule.startsAt)}${schedule.endsAt ? ` 至 ${formatChinaTime(schedule.endsAt)}` : ''}`
      : undefined;
  const noticeEnds =
    c.noticePublishedAt !== undefined && plan.noticeDays !== undefined
      ? formatChinaTime(c.noticePublishedAt + plan.noticeDays * DAY_MS)
      : undefined;
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{plan.title}</Text>
        <Text className={`tag tag-${c.phase}`}>{c.statusLabel}</Text>
      </View>
      <View className="meta">
        {c.categoryGroupName} · {c.categoryName}
      </View>
      {plan.background ? <View className="section">{plan.background}</View> : null}
      <View className="section">
        <Field label="协商形式" value={c.formLabels.join('、')} />
        <Field label="协商时间" value={when} />
        <Field label="地点" value={plan.place} />
        <Field label="主持人" value={plan.host} />
        <Field label="参与范围" value={c.scopeLabel} />
        <Field label="参加人员" value={plan.participantsNote} />
        <Field label="公告发布" value={c.noticePublishedAt ? formatChinaTime(c.noticePublishedAt) : undefined} />
        <Field label="公示期至" value={noticeEnds} />
        <Field label="发起人" value={c.createdByName} />
        <Field label="撤回原因" value={c.withdrawReason} />
      </View>
    </View>
  );
}

/** 表决: what will be decided, under which rule and when; the vote screen itself lives in its own subpackage. */
function VoteCard({ c }: { c: ConsultationDetailView['consultation'] }) {
  const vote = c.plan.vote;
  if (!vote) return null;
  return (
    <View className="section">
      <View className="section-title">表决</View>
      <View className="card">
        <View className="card-title">{vote.question}</View>
        <View className="section">
          <Field label="表决规则" value={RULE_LABELS[vote.rule]} />
          <Field label="表决时间" value={`${formatChinaTime(vote.opensAt)} 至 ${formatChinaTime(vote.closesAt)}`} />
          {vote.secret ? <Field label="投票方式" value="无记名投票" /> : null}
        </View>
        <Button
          className={`btn ${c.status === 'voting' ? 'btn-primary' : 'btn-plain'}`}
          onClick={() => Taro.navigateTo({ url: `/vote/index/index?consultationId=${c.id}` })}
        >
          {c.status === 'voting' ? '去投票' : '查看表决'}
        </Button>
      </View>
    </View>
  );
}

function Timeline({ detail }: { detail: ConsultationDetailView }) {
  return (
    <View className="section">
      <View className="section-title">协商进程</View>
      <View className="card">
        <View className="steps">
          {detail.steps.map((s) => (
            <Text key={s.state} className={`step step-${s.progress}`}>
              {s.progress === 'done' ? '✓ ' : s.progress === 'current' ? '● ' : ''}
              {s.label}
            </Text>
          ))}
        </View>
        {detail.timeline.map((e, i) => (
          <View key={i} className="timeline-item">
            <View>
              {e.label} · {e.statusLabel}
            </View>
            <View className="meta">
              {formatChinaTime(e.at)} · {e.byName}
            </View>
            {e.note ? <View className="meta">说明：{e.note}</View> : null}
          </View>
        ))}
      </View>
    </View>
  );
}

/** The committee's buttons on a consultation; each asks before doing what cannot be undone. */
function CommitteeActions({ detail, onChanged }: { detail: ConsultationDetailView; onChanged: (d: ConsultationDetailView) => void }) {
  const { can, consultation, missing } = detail;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  if (!can.edit && !can.publish && !can.withdraw && !can.startConsulting) return null;

  const run = async (work: () => Promise<ConsultationDetailView>, done: string) => {
    setBusy(true);
    setError('');
    try {
      onChanged(await work());
      setWithdrawing(false);
      Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (await confirmPublish()) {
      await run(() => call('consultation', 'consultation.publishNotice', { id: consultation.id, version: consultation.version }), '已发布');
    }
  };

  const startConsulting = async () => {
    if (await confirmStartConsulting()) {
      await run(() => call('consultation', 'consultation.startConsulting', { id: consultation.id }), '已开始协商');
    }
  };

  const withdraw = async () => {
    if (await confirmWithdraw()) {
      await run(() => call('consultation', 'consultation.withdraw', { id: consultation.id, reason }), '已撤回');
    }
  };

  return (
    <View className="section">
      <View className="section-title">委员会操作</View>
      {missing.length > 0 ? <View className="meta">发布前还需填写：{missing.join('、')}</View> : null}
      {can.edit ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/draft/index?id=${consultation.id}` })}>
          修改方案
        </Button>
      ) : null}
      {can.publish ? (
        <Button className="btn btn-primary" disabled={busy || missing.length > 0} onClick={publish}>
          发布公告
        </Button>
      ) : null}
      {can.startConsulting ? (
        <Button className="btn btn-primary" disabled={busy} onClick={startConsulting}>
          开始协商
        </Button>
      ) : null}
      {can.withdraw && !withdrawing ? (
        <Button className="btn btn-danger" onClick={() => setWithdrawing(true)}>
          撤回议题
        </Button>
      ) : null}
      {withdrawing ? (
        <View className="field section">
          <View className="field-label">撤回原因（将公开显示）</View>
          <Textarea className="textarea" value={reason} maxlength={500} placeholder="请填写撤回原因" onInput={(e) => setReason(e.detail.value)} />
          <Button className="btn btn-danger" disabled={busy || reason.trim() === ''} onClick={withdraw}>
            确认撤回
          </Button>
          <Button className="btn btn-plain" onClick={() => setWithdrawing(false)}>
            取消
          </Button>
        </View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 协商详情: the notice, the plan, participation, the schedule and the timeline, in one call. */
export default function ConsultationDetail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [updated, setUpdated] = useState<ConsultationDetailView | null>(null);
  // attendance.set answers with the participation part alone; it holds until the screen reloads.
  const [participation, setParticipation] = useState<{ of: ConsultationDetailView; view: ParticipationView } | null>(null);
  const loaded = useLoad(() => call('consultation', 'consultation.get', { id }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  // At the same version a reload is the fresher of the two: its participation counts are newer.
  const detail = updated && updated.consultation.version > loaded.data.consultation.version ? updated : loaded.data;
  return (
    <View className="page">
      <Notice c={detail.consultation} />
      <VoteCard c={detail.consultation} />
      <Participation
        detail={detail}
        p={participation?.of === detail ? participation.view : detail.participation}
        onChanged={(view) => setParticipation({ of: detail, view })}
        reload={loaded.reload}
      />
      <CommitteeActions detail={detail} onChanged={setUpdated} />
      <Timeline detail={detail} />
    </View>
  );
}
