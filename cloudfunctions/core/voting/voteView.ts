import {
  BALLOT_CHANNEL_LABELS,
  FAMILY_LABEL,
  scopeLabel,
  CHOICE_LABELS,
  formOfScope,
  RULE_TEXTS,
  STATE_LABELS,
  thresholdsFor,
  ruleLabelsOf,
  mayRescheduleVote,
  priorDiscussionMissing,
  needsPlace,
  roomCountRefusal,
  ROOM_METHOD_LABELS,
  type MyBallotView,
  type RoomCountView,
  type VoteView,
} from '@shared';
import { shownReason } from '../access/decision';
import {
  mayCast,
  mayCloseVote,
  mayEnterPaper,
  mayListElectors,
  mayManageVote,
  mayOpenRound,
  mayPreviewElectorate,
  mayReadParticipation,
} from '../access/voting';
import type { UseCaseContext } from '../context';
import type { MemberDoc, RoomCount, TallyDoc } from '../docs';
import type { MemberInCommunity, Reader } from '../access/requireMember';
import { authorName, publicName } from '../member/views';
import { subjectOf } from '../consultation/applyTransition';
import type { VoteContext } from './loadVote';
import { meetingRefOf, presentAt } from '../meeting/meetings';

const ENTRY_LABELS = { pending: '待本人确认', confirmed: '本人已确认', disputed: '本人有异议' } as const;
const m2 = (h: number) => Number((h / 100).toFixed(2));
/** How many electors one proxy may represent in a vote: the community's setting (RULES.md: local rules cap it), 3 unless set. */
export const proxyLimitOf = (settings: { proxyLimit?: number }) => settings.proxyLimit ?? 3;

/** What one elector is: a household when the scope counts households, else a person. */
export const unitOf = (scope: VoteContext['vote']['scope']): '人' | '户' => (formOfScope(scope) === 'households' ? '户' : '人');

function liveTotals(tally: TallyDoc, weighsArea: boolean) {
  const c = tally.counters;
  const count = (heads: number, area: number) => (weighsArea ? { heads, area: m2(area) } : { heads });
  const ballots = c.agree + c.disagree + c.abstain;
  return {
    agree: count(c.agree, c.agreeArea),
    disagree: count(c.disagree, c.disagreeArea),
    abstain: count(c.abstain, c.abstainArea),
    ballots,
    electors: tally.electors,
    ...(weighsArea ? { areaVoted: m2(c.agreeArea + c.disagreeArea + c.abstainArea), areaTotal: m2(tally.areaTotal) } : {}),
  };
}

/** The vote screen, and the results once sealed, as this caller may see them. */
export async function toVoteView(ctx: UseCaseContext, v: VoteContext, { member, community }: Reader | MemberInCommunity): Promise<VoteView> {
  const { consultation: c, vote, tally, ballot } = v;
  const committee = mayManageVote(member).ok;
  const cast = mayCast(ctx, v, member);
  const why = cast.ok ? undefined : shownReason(cast);
  const weighsArea = vote.rule === 'owners_ordinary' || vote.rule === 'owners_major';
  const phase = tally?.status ?? 'planned';

  let myBallot: MyBallotView | undefined;
  if (ballot) {
    const enteredBy = ballot.entry ? await ctx.store.get<MemberDoc>('members', ballot.castBy) : null;
    myBallot = {
      channel: ballot.channel,
      channelLabel: BALLOT_CHANNEL_LABELS[ballot.channel],
      at: ballot.at,
      // A secret ballot is shown to no one, the voter included: it cannot be used to prove a vote.
      ...(vote.secret || !ballot.choice ? {} : { choice: ballot.choice, choiceLabel: CHOICE_LABELS[ballot.choice] }),
      // A household member's ballot names them in full to their own household (家人代办).
      ...(ballot.entry?.by === 'family' ? { family: { label: FAMILY_LABEL, helperName: authorName(enteredBy ?? undefined, true) } } : {}),
      ...(ballot.entry
        ? {
            entry: {
              enteredByName: ballot.entry.by === 'family' ? authorName(enteredBy ?? undefined, true) : publicName(enteredBy ?? undefined, community.kind),
              state: ballot.entry.state,
              stateLabel: ENTRY_LABELS[ballot.entry.state],
              ...(ballot.entry.note ? { note: ballot.entry.note } : {}),
            },
          }
        : {}),
    };
  }

  const sealed = tally?.sealed;
  const roomWhy = needsPlace(c.plan.forms) ? roomCountRefusal({ phase, rule: vote.rule, meeting: meetingRefOf(c) }) : '本次协商没有安排会议';
  const waitsForPrior = priorDiscussionMissing(subjectOf(c));
  return {
    consultation: { id: c._id, title: c.plan.title, statusLabel: STATE_LABELS[c.status] },
    vote: {
      question: vote.question,
      rule: vote.rule,
      ruleLabel: ruleLabelsOf(community.kind)[vote.rule],
      ruleText: RULE_TEXTS[vote.rule],
      scopeLabel: scopeLabel(vote.scope, community.kind)!,
      opensAt: vote.opensAt,
      closesAt: vote.closesAt,
      secret: vote.secret,
      phase,
    },
    me: {
      ...(v.elector ? { electorLabel: v.elector.label } : {}),
      canCast: cast.ok,
      ...(why ? { why } : {}),
      ...(myBallot ? { ballot: myBallot } : {}),
      canRespond: ballot?.entry?.state === 'pending' && (v.elector?.voters.includes(member._id) ?? false),
    },
    // 应到: the register's count is everyone's to see, on secret votes too (it says nothing of choices).
    ...(tally ? { electorate: { electors: tally.electors, ...(tally.online !== undefined ? { online: tally.online } : {}), unit: unitOf(vote.scope) } } : {}),
    ...(tally && tally.status === 'open' && !vote.secret ? { live: liveTotals(tally, weighsArea) } : {}),
    ...(tally?.counting ? { counting: { ballots: tally.counting.ballots } } : {}),
    ...(tally?.preparing ? { preparing: { written: tally.preparing.written } } : {}),
    ...(sealed
      ? {
          result: {
            passed: sealed.decision.passed,
            quorumMet: sealed.decision.quorumMet,
            explanation: sealed.decision.explanation,
            checks: sealed.decision.checks,
            agree: sealed.decision.agree,
            disagree: sealed.decision.disagree,
            abstain: sealed.decision.abstain,
            turnout: sealed.decision.turnout,
            rejected: sealed.decision.rejected.length,
            thresholds: tally.thresholds ?? thresholdsFor(vote.rule, formOfScope(vote.scope)),
            sealedAt: sealed.sealedAt,
          },
        }
      : {}),
    can: {
      cast: cast.ok,
      manage: committee,
      // A round votes once: a sealed one (a result reconsidered after an objection) is not reopened.
      open: committee && mayOpenRound(ctx, c, tally, member.role).ok,
      preview: mayPreviewElectorate(v, member).ok,
      recordPrior: committee && phase === 'planned' && waitsForPrior,
      reschedule: committee && mayRescheduleVote(c),
      close: mayCloseVote(ctx, v, member).ok,
      enterPaper: mayEnterPaper(ctx, v, member).ok,
      participation: mayReadParticipation(v, member).ok,
      electors: mayListElectors(v, member).ok,
      roomCount: committee && roomWhy === null,
    },
    ...(committee && roomWhy && needsPlace(c.plan.forms) ? { roomCountWhy: roomWhy } : {}),
    // 实到, which the room's four counts must add up to.
    ...(committee && roomWhy === null ? { roomPresent: await presentAt(ctx, meetingRefOf(c)!.id) } : {}),
    ...(tally?.room ? { room: roomView(tally.room) } : {}),
    // The committee's screen is always given the whole community (loadVoteFor reads it for them).
    ...(committee && 'settings' in community ? { proxyLimit: proxyLimitOf(community.settings) } : {}),
  };
}

export function roomView(room: RoomCount): RoomCountView {
  const { method, counts, present, teller, scrutineer, at } = room;
  return { methodLabel: ROOM_METHOD_LABELS[method], counts, present, teller, scrutineer, at };
}
