import { phaseOf, type Phase } from '@shared';
import { toCommunityView } from '../communityView';
import type { ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { toSummary } from './views';

const startsAt = (d: ConsultationDoc) => d.plan.schedule?.startsAt ?? Number.MAX_SAFE_INTEGER;

/** The home screen: my community's consultations grouped 即将召开 / 进行中 / 已结束 (and drafts for the committee). */
export const listConsultations: UseCase<'consultation', 'consultation.list'> = async (ctx) => {
  const who = await requireReader(ctx);
  const isCommittee = who.member.role === 'committee';
  const docs = await ctx.store.find<ConsultationDoc>(
    'consultations',
    isCommittee ? { communityId: who.community._id } : { communityId: who.community._id, status: { $ne: 'draft' } },
  );
  const inPhase = (phase: Phase) => docs.filter((d) => phaseOf(d.status) === phase);
  const soonestFirst = (a: ConsultationDoc, b: ConsultationDoc) => startsAt(a) - startsAt(b);
  const latestFirst = (a: ConsultationDoc, b: ConsultationDoc) => b.updatedAt - a.updatedAt;
  const summary = (d: ConsultationDoc) => toSummary(d, ctx.now);
  return {
    community: toCommunityView(who.community),
    canCreate: isCommittee,
    upcoming: inPhase('upcoming').sort(soonestFirst).map(summary),
    ongoing: inPhase('ongoing').sort(soonestFirst).map(summary),
    finished: inPhase('finished').sort(latestFirst).map(summary),
    ...(isCommittee ? { drafts: inPhase('draft').sort(latestFirst).map(summary) } : {}),
  };
};
