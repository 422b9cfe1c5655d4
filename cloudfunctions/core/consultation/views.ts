import { actorName } from '../actors';
import { priorOf } from './priorView';
import {
  checkInRefusal,
  FORM_LABELS,
  scopeLabel,
  STATE_LABELS,
  catalogueVersionLabel,
  mayAttempt,
  escalationAllowed,
  mayRescheduleVote,
  missingPlanLabels,
  phaseOf,
  stepsOf,
  timelineLabel,
  type ConsultationDetailView,
  type ConsultationSummary,
  type DraftSavedView,
  type PlanDraft,
  type TransitionName,
} from '@shared';
import { mayStartConsulting } from '../access/consultation';
import { matterOf } from '../catalogue/communityCatalogue';
import { mayObject, mayPostProgress } from '../access/result';
import { toCommunityView } from '../communityView';
import { meetingRefOf } from '../meeting/meetings';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, SuggestionDoc, TimelineEntry } from '../docs';
import { attachmentViews } from '../files/attachments';
import { readNamed, type Named } from '../member/named';
import type { CommunityRef, Reader } from '../access/requireMember';
import { publicName } from '../member/views';
import { opinionsOpen } from '../participation/window';
import { namedInParticipation, participationView, readParticipation } from '../participation/summary';
import { namedInResult, readResult, resultSectionView } from '../result/resultSection';
import { nextStepOf } from './nextStep';
import { feedbackView } from '../commission/views';

export function formLabels(plan: PlanDraft): string[] {
  return (plan.forms ?? []).map((f) => FORM_LABELS[f]);
}

export function toSummary(doc: ConsultationDoc, now: number): ConsultationSummary {
  const { plan } = doc;
  return {
    id: doc._id,
    title: plan.title,
    status: doc.status,
    statusLabel: STATE_LABELS[doc.status],
    phase: phaseOf(doc.status),
    categoryName: matterOf(doc)?.itemName ?? '',
    startsAt: plan.schedule?.startsAt,
    endsAt: plan.schedule?.endsAt,
    place: plan.place,
    formLabels: formLabels(plan),
    noticePublishedAt: doc.noticePublishedAt,
    opinionsOpen: opinionsOpen(doc, now),
    votingOpen: doc.status === 'voting',
  };
}

/** Whom a consultation's road names: who drafted it and who moved it on. */
const namedInTimeline = (doc: ConsultationDoc) => [doc.createdBy, ...doc.timeline.map((e) => ('memberId' in e.by ? e.by.memberId : undefined))];

/** The consultation itself and its road so far, as anyone may read them (names masked). */
export async function describe(
  ctx: UseCaseContext,
  doc: ConsultationDoc,
  community: CommunityRef,
  named?: Named,
): Promise<Pick<ConsultationDetailView, 'community' | 'consultation' | 'timeline' | 'steps'>> {
  const { plan } = doc;
  const matter = matterOf(doc);
  const [byId, attachments] = await Promise.all([named ?? readNamed(ctx, namedInTimeline(doc)), attachmentViews(ctx, plan.attachments)]);
  // The role they acted in then, which may differ from their role now.
  const nameOf = (by: TimelineEntry['by'] | { memberId: string }): string =>
    'memberId' in by && !('role' in by)
      ? publicName(byId.get(by.memberId), community.kind)
      : actorName(by, (id, role) => publicName(byId.get(id), community.kind, role));
  return {
    community: toCommunityView(community),
    consultation: {
      id: doc._id,
      version: doc.version,
      status: doc.status,
      statusLabel: STATE_LABELS[doc.status],
      phase: phaseOf(doc.status),
      plan,
      attachments,
      categoryName: matter?.itemName ?? '',
      categoryGroupName: matter?.categoryName ?? '',
      catalogueLabel: catalogueVersionLabel(matter?.catalogue ?? { version: 0 }),
      formLabels: formLabels(plan),
      scopeLabel: scopeLabel(plan.scope, community.kind),
      // A cross-community matter is the street's, drafted by its officer.
      createdByName: doc.joint ? `${doc.joint.streetName}工作人员` : nameOf({ memberId: doc.createdBy }),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
      noticePublishedAt: doc.noticePublishedAt,
      withdrawReason: doc.withdrawReason,
      ...(doc.joint ? { joint: { streetName: doc.joint.streetName, communityNames: doc.joint.communityNames } } : {}),
      ...commissionNoteOf(doc),
    },
    timeline: doc.timeline.map((e) => ({
      at: e.at,
      label: timelineLabel(e.action),
      status: e.status,
      statusLabel: STATE_LABELS[e.status],
      byName: nameOf(e.by),
      note: e.note,
    })),
    steps: stepsOf(
      doc.status,
      doc.timeline.map((e) => e.status),
    ).map((s) => ({ ...s, label: STATE_LABELS[s.state] })),
  };
}

/** 受…委托, and the street's feedback on the report once given: both copied onto the consultation, so nothing more is read. */
function commissionNoteOf({ fromCommission: from }: ConsultationDoc): Pick<ConsultationDetailView['consultation'], 'commission'> {
  if (!from) return {};
  return { commission: { commissioner: from.commissioner, ...(from.feedback ? { feedback: feedbackView(from.feedback) } : {}) } };
}

/** The suggestion a topic was made from (立项), for the link back to it: its title was copied when the draft was made. */
async function originOf(ctx: UseCaseContext, doc: ConsultationDoc): Promise<{ fromSuggestion?: { id: string; title: string } }> {
  if (!doc.fromSuggestion) return {};
  if (doc.fromSuggestionTitle !== undefined) return { fromSuggestion: { id: doc.fromSuggestion, title: doc.fromSuggestionTitle } };
  const s = await ctx.store.get<SuggestionDoc>('suggestions', doc.fromSuggestion);
  return s ? { fromSuggestion: { id: s._id, title: s.title } } : {};
}

export const followId = (consultationId: string, memberId: string) => `${consultationId}:${memberId}`;

/**
 * Everything the detail screen shows, as this member may see it, in a handful of reads whatever
 * the numbers of members, opinions or ballots: the caller and the consultation (with its counts)
 * at once; then, at once, who is coming, the member's own answer and follow (one mirror) and
 * opinions, and what the state can have of a result; then, in one read, everyone the screen names.
 */
export async function toDetail(ctx: UseCaseContext, doc: ConsultationDoc, who: Reader): Promise<ConsultationDetailView> {
  const { member, community } = who;
  const { plan } = doc;
  const isCommittee = member.status === 'active' && member.role === 'committee';
  const may = (t: TransitionName) => isCommittee && mayAttempt(t, doc.status, member.role);
  // The committee and the supervisory committee read the rating report and export the archive.
  const overseer = member.status === 'active' && (member.role === 'committee' || member.role === 'supervisor');
  const [taking, after, origin] = await Promise.all([readParticipation(ctx, doc, who), readResult(ctx, doc, member._id), originOf(ctx, doc)]);
  const named = await readNamed(ctx, [...namedInTimeline(doc), ...namedInParticipation(taking), ...namedInResult(doc, after)]);
  const [described, participation, result, prior] = await Promise.all([
    describe(ctx, doc, community, named),
    participationView(ctx, doc, who, taking, named),
    resultSectionView(ctx, doc, community.kind, after, named),
    priorOf(ctx, doc, community.kind, overseer, isCommittee),
  ]);
  const startable = mayStartConsulting(ctx, doc, member.role).ok;
  return {
    ...described,
    can: {
      edit: isCommittee && doc.status === 'draft',
      rescheduleVote: isCommittee && mayRescheduleVote(doc),
      publish: mayAttempt('publishNotice', doc.status, member.role),
      withdraw: mayAttempt('withdraw', doc.status, member.role),
      startConsulting: startable,
      poster: isCommittee && doc.noticePublishedAt !== undefined && doc.status !== 'withdrawn',
      checkIn: member.status === 'active' && meetingRefOf(doc)?.checkinOpen === true,
      meeting: isCommittee && (meetingRefOf(doc) !== undefined || checkInRefusal({ status: doc.status, forms: plan.forms }) === null),
    },
    ...origin,
    following: taking.following,
    missing: isCommittee && doc.status === 'draft' ? missingPlanLabels(plan) : [],
    ...(prior ? { prior } : {}),
    participation,
    result,
    ...(isCommittee
      ? {
          nextStep: nextStepOf(doc, {
            now: ctx.now,
            unansweredOpinions: participation.opinions.unanswered,
            openObjections: result.publication?.objections.open ?? 0,
            voteSealed: result.vote !== undefined,
            mayStartConsulting: startable,
          }),
        }
      : {}),
    manage: {
      closeConsultation: may('closeConsultation'),
      writeOutcome: isCommittee && doc.status === 'deliberated',
      // The same rule the escalation's guard applies, from the vote the result section read.
      escalate: may('escalate') && escalationAllowed(result.vote && plan.vote ? { rule: plan.vote.rule, passed: result.vote.passed } : null),
      publishResult: may('publishResult') && doc.outcome !== undefined,
      startImplementation: may('startImplementation'),
      postProgress: mayPostProgress(doc, member).ok,
      complete: may('complete'),
      archive: may('archive'),
    },
    canObject: mayObject(ctx, doc, member).ok,
    records: {
      report: overseer && doc.evaluationEndsAt !== undefined,
      export: overseer && doc.status === 'archived',
    },
  };
}

export function savedView(doc: ConsultationDoc): DraftSavedView {
  return {
    id: doc._id,
    version: doc.version,
    status: doc.status,
    missing: missingPlanLabels(doc.plan),
  };
}
