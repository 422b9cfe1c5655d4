import {
  maskName,
  MINUTES_ROLE_LABELS,
  MINUTES_ROLES,
  minutesConfirmRefusal,
  type MinutesFacts,
  type MinutesView,
  type PublishedMinutesView,
  type State,
} from '@shared';
import type { UseCaseContext } from '../context';
import type { CheckinDoc, ConsultationDoc, MeetingDoc, MemberDoc, OpinionDoc, TallyDoc } from '../docs';
import { readNamed } from '../member/named';
import { roomView } from '../voting/voteView';
import { voteIdOf } from '../voting/loadVote';
import { quorumOf } from './meetings';

/** Names of those present the minutes list on screen; the dossier lists every one. */
const ATTENDANCE_SHOWN = 200;

/** Until the result is published the committee may still correct the minutes; after it, they are the record. */
export const MINUTES_EDITABLE: readonly State[] = ['announced', 'consulting', 'voting', 'deliberated', 'escalated'];

/**
 * What the minutes take from the record — when and where, who hosted, 应到／实到 with those present,
 * the room's count and the verdict — in a few reads however many came. `mask` for the public.
 */
async function minutesFacts(ctx: UseCaseContext, meeting: MeetingDoc, c: ConsultationDoc, mask: boolean): Promise<MinutesFacts> {
  const [quorum, present, tally] = await Promise.all([
    quorumOf(ctx, meeting, c),
    ctx.store.find<CheckinDoc>('checkins', { meetingId: meeting._id, present: true }, { sort: [{ field: 'at', dir: 'asc' }], limit: ATTENDANCE_SHOWN }),
    c.plan.vote ? ctx.store.get<TallyDoc>('tallies', voteIdOf(c)) : null,
  ]);
  const room = tally?.room?.meetingId === meeting._id ? tally.room : undefined;
  return {
    heldAt: meeting.openedAt,
    place: c.plan.place ?? '',
    host: c.plan.host ?? '',
    expected: quorum.expected,
    // Once counted, those present are the ones the count was made of.
    present: room?.present ?? quorum.present,
    unit: quorum.unit,
    attendance: present.map((k) => (mask ? maskName(k.name) : k.name)),
    ...(room ? { room: mask ? { ...roomView(room), teller: maskName(room.teller), scrutineer: maskName(room.scrutineer) } : roomView(room) } : {}),
    ...(tally?.sealed ? { verdict: tally.sealed.decision.explanation } : {}),
  };
}

/** A first draft: the agenda from the plan, the remarks recorded in the room, what the vote decided. */
async function prefill(ctx: UseCaseContext, c: ConsultationDoc, facts: MinutesFacts, me: MemberDoc) {
  const remarks = await ctx.store.find<OpinionDoc>(
    'opinions',
    { consultationId: c._id, channel: 'in_person' },
    { sort: [{ field: 'createdAt', dir: 'asc' }], limit: 60 },
  );
  const named = await readNamed(
    ctx,
    remarks.map((o) => o.authorId),
  );
  const vote = c.plan.vote;
  return {
    recorder: me.name,
    agenda: [`一、${c.plan.title}`, ...(vote ? [`二、表决：${vote.question}`] : [])].join('\n'),
    speeches: remarks.map((o) => ({ speaker: named.get(o.authorId)?.name ?? '参会居民', text: o.text, opinionId: o._id })),
    decisions: facts.verdict ?? c.outcome?.text ?? '',
  };
}

/** The minutes as the committee edits and confirms them: as saved, or a draft filled from the record. */
export async function minutesView(ctx: UseCaseContext, meeting: MeetingDoc, c: ConsultationDoc, me: MemberDoc): Promise<MinutesView> {
  const facts = await minutesFacts(ctx, meeting, c, false);
  const saved = meeting.minutes;
  const body = saved
    ? { recorder: saved.recorder, agenda: saved.agenda, speeches: saved.speeches, decisions: saved.decisions }
    : await prefill(ctx, c, facts, me);
  const confirmers = await readNamed(
    ctx,
    MINUTES_ROLES.map((r) => saved?.confirmed[r]?.by),
  );
  const editable = MINUTES_EDITABLE.includes(c.status);
  const refusal = (role: 'recorder' | 'host') => (editable ? minutesConfirmRefusal(saved, role, me._id) : '结果公布后会议纪要不能再改');
  const [asRecorder, asHost] = [refusal('recorder'), refusal('host')];
  return {
    consultationId: c._id,
    title: c.plan.title,
    facts,
    version: saved?.version ?? 0,
    ...body,
    confirmed: MINUTES_ROLES.flatMap((role) => {
      const by = saved?.confirmed[role];
      return by ? [{ role, roleLabel: MINUTES_ROLE_LABELS[role], byName: confirmers.get(by.by)?.name ?? '委员会成员', at: by.at }] : [];
    }),
    prefilled: !saved,
    can: { save: editable, confirmAsRecorder: asRecorder === null, confirmAsHost: asHost === null },
    ...(asRecorder && asHost ? { confirmWhy: asRecorder === asHost ? asRecorder : `${asRecorder}；${asHost}` } : {}),
  };
}

/** The confirmed minutes as published with the result: every name masked, as the public record shows people. */
export async function publishedMinutes(ctx: UseCaseContext, meeting: MeetingDoc, c: ConsultationDoc): Promise<PublishedMinutesView> {
  const m = meeting.minutes!;
  return {
    facts: await minutesFacts(ctx, meeting, c, true),
    recorder: maskName(m.recorder),
    agenda: m.agenda,
    speeches: m.speeches.map((s) => ({ ...s, speaker: maskName(s.speaker) })),
    decisions: m.decisions,
  };
}
