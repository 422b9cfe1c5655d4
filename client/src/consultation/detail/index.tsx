import { useEffect, useState } from 'react';
import { Button, Textarea, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { ConsultationDetailView, ParticipationView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { ruleLabelsOf, RULE_TEXTS } from '@shared/voting/rules';
import { call } from '../../api';
import { confirmWithdraw } from '../../confirm';
import { Field, Notice, Timeline } from '../../components/ConsultationRecord';
import { Failure, Loading } from '../../components/LoadState';
import { TermNotes } from '../../components/TermNotes';
import { shareCard } from '../../components/shareCard';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { useUntilReload } from '../../hooks/useUntilReload';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { CheckInCard } from './checkIn';
import { FollowUp } from './followUp';
import { Participation } from './participation';
import { NextStep } from './nextStep';
import { PriorSection } from './prior';
import { Results } from './result';
import { IN_PLACE_STEPS, type InPlaceStep } from './steps';
import { usePageClass } from '../../care/careMode';
import { CommissionNote } from '../../components/Commission';

/** 表决: what will be decided, under which rule and when; the vote screen itself lives in its own subpackage. */
function VoteCard({ detail }: { detail: ConsultationDetailView }) {
  const c = detail.consultation;
  const vote = c.plan.vote;
  if (!vote) return null;
  return (
    <View className="section">
      <View className="section-title">表决</View>
      <View className="card">
        <View className="card-title">{vote.question}</View>
        <View className="section">
          <Field label="表决规则" value={ruleLabelsOf(detail.community.kind)[vote.rule]} />
          <Field label="怎样通过" value={RULE_TEXTS[vote.rule]} />
          <TermNotes text={RULE_TEXTS[vote.rule]} />
          <Field label="表决时间" value={`${formatChinaTime(vote.opensAt)} 至 ${formatChinaTime(vote.closesAt)}`} />
          {vote.secret ? <Field label="投票方式" value="无记名投票" /> : null}
        </View>
        <Button
          className={`btn ${c.status === 'voting' ? 'btn-primary' : 'btn-plain'}`}
          onClick={() => Taro.navigateTo({ url: `/vote/index/index?consultationId=${c.id}` })}
        >
          {c.status === 'voting' ? '去投票' : '查看表决'}
        </Button>
        {detail.can.rescheduleVote ? (
          <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/vote-time/index?id=${c.id}` })}>
            调整表决时间
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/**
 * 关注此议题: a member who takes no part yet still hears of every step. Following asks for the
 * WeChat subscription first, in the same tap, as WeChat requires.
 */
function FollowButton({ detail, following }: { detail: ConsultationDetailView; following: boolean }) {
  // What the last tap answered; it holds until the screen reloads.
  const changed = useUntilReload<boolean>();
  const { busy, error, run } = useSubmit('操作失败，请重试');
  useEffect(() => {
    preloadSubscriptions();
  }, []);
  const now = changed.over(detail, following);

  const toggle = () => {
    const follow = !now;
    if (follow) askToSubscribe('follow', { explicit: true });
    run(async () => {
      const view = await call('consultation', 'consultation.follow', { id: detail.consultation.id, follow });
      changed.set(detail, view.following);
      Taro.showToast({ title: view.following ? '已关注，有新进展会通知您' : '已取消关注', icon: 'none' });
    });
  };

  return (
    <View className="section">
      <Button className="btn btn-plain" disabled={busy} onClick={toggle}>
        {now ? '已关注（取消关注）' : '关注此议题'}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 来源: the residents' suggestion this topic was made from, one tap from its record. */
function FromSuggestion({ from }: { from: { id: string; title: string } }) {
  return (
    <View className="meta from-suggestion" onClick={() => Taro.navigateTo({ url: `/suggest/item/index?id=${from.id}` })}>
      来源：群众建议《{from.title}》 ›
    </View>
  );
}

/** 跨社区协商: the street leads it, and each community takes part and is counted under its own register. */
function JointNote({ joint }: { joint: { streetName: string; communityNames: string[] } }) {
  return (
    <View className="card">
      <View className="card-title">{joint.streetName}牵头的跨社区协商</View>
      <View className="meta">参与社区：{joint.communityNames.join('、')}。各社区按本社区名册参与和表决，分别计票，再按方案合计。</View>
    </View>
  );
}

/** The committee's buttons on a consultation; each asks before doing what cannot be undone. */
function CommitteeActions({ detail, onChanged }: { detail: ConsultationDetailView; onChanged: (d: ConsultationDetailView) => void }) {
  const { can, consultation, missing } = detail;
  const { busy, error, run } = useSubmit('操作失败，请重试');
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  if (!can.edit && !can.publish && !can.withdraw && !can.startConsulting && !can.poster && !can.meeting) return null;

  const act = (work: () => Promise<ConsultationDetailView>, done: string) =>
    run(async () => {
      onChanged(await work());
      setWithdrawing(false);
      Taro.showToast({ title: done, icon: 'success' });
    });

  const take = async (step: InPlaceStep) => {
    if (await step.ask()) await act(() => step.run(consultation), step.done);
  };

  const withdraw = async () => {
    if (await confirmWithdraw()) {
      await act(() => call('consultation', 'consultation.withdraw', { id: consultation.id, reason }), '已撤回');
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
        <Button className="btn btn-primary" disabled={busy || missing.length > 0} onClick={() => take(IN_PLACE_STEPS.publish)}>
          发布公告
        </Button>
      ) : null}
      {can.startConsulting ? (
        <Button className="btn btn-primary" disabled={busy} onClick={() => take(IN_PLACE_STEPS.startConsulting)}>
          开始协商
        </Button>
      ) : null}
      {can.poster ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/poster/index?id=${consultation.id}` })}>
          打印公告
        </Button>
      ) : null}
      {can.meeting ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/meeting/index?id=${consultation.id}` })}>
          会议签到
        </Button>
      ) : null}
      {can.poster ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/sign-in/index?id=${consultation.id}` })}>
          打印签到表
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

/** The consultation a link names, or a scanned mini-program code, which carries the id URL-encoded in `scene`. */
function idFrom(params: Partial<Record<string, string>>): string {
  if (params.id) return params.id;
  try {
    return decodeURIComponent(params.scene ?? '');
  } catch {
    // A malformed escape: use the text as it came.
    return params.scene ?? '';
  }
}

/** At the same version a reload is the fresher of the two: its participation counts are newer. */
const newer = (loaded: ConsultationDetailView, updated: ConsultationDetailView | null) =>
  updated && updated.consultation.version > loaded.consultation.version ? updated : loaded;

/** 协商详情: the notice, the plan, what became of it, participation, the committee's work and the timeline, in one call. */
export default function ConsultationDetail() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const id = idFrom(params);
  const [updated, setUpdated] = useState<ConsultationDetailView | null>(null);
  // attendance.set answers with the participation part alone; it holds until the screen reloads.
  const participation = useUntilReload<ParticipationView>();
  const loaded = useLoad(() => call('consultation', 'consultation.get', { id }));
  // Someone who is not (yet) a member, from a shared card or the notice board's code, or a member
  // of another community (to whom its consultations are NOT_FOUND): the public record, which says
  // plainly when there is none (a draft, a wrong id).
  const outsider = loaded.status === 'error' && (loaded.error.code === 'NOT_MEMBER' || loaded.error.code === 'NOT_FOUND');
  useEffect(() => {
    if (outsider) Taro.redirectTo({ url: `/board/item/index?id=${id}` });
  }, [outsider, id]);
  useShareAppMessage(() => shareCard(loaded.status === 'ready' ? newer(loaded.data, updated) : null, `/consultation/detail/index?id=${id}`));
  if (loaded.status === 'loading') return <Loading />;
  if (outsider) return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const detail = newer(loaded.data, updated);
  return (
    <View className={pageClass}>
      <NextStep detail={detail} onChanged={setUpdated} />
      <CheckInCard detail={detail} />
      <Notice c={detail.consultation} />
      <CommissionNote note={detail.consultation.commission} />
      {detail.fromSuggestion ? <FromSuggestion from={detail.fromSuggestion} /> : null}
      {detail.consultation.joint ? <JointNote joint={detail.consultation.joint} /> : null}
      {detail.following !== null ? <FollowButton detail={detail} following={detail.following} /> : null}
      <VoteCard detail={detail} />
      <PriorSection detail={detail} />
      <Results detail={detail} reload={loaded.reload} />
      <Participation
        detail={detail}
        p={participation.over(detail, detail.participation)}
        onChanged={(view) => participation.set(detail, view)}
        reload={loaded.reload}
      />
      <CommitteeActions detail={detail} onChanged={setUpdated} />
      <FollowUp detail={detail} onChanged={setUpdated} />
      <Timeline steps={detail.steps} timeline={detail.timeline} />
    </View>
  );
}
