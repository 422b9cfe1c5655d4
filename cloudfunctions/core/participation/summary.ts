import { ATTENDANCE_LABELS, maskName, placeLabel, type ParticipationView } from '@shared';
import { countsKept, countsOf, opinionCounts } from '../consultation/counts';
import type { UseCaseContext } from '../context';
import type { AttendanceDoc, ConsultationCounts, ConsultationDoc, InvolvementDoc, OpinionDoc } from '../docs';
import { readNamed, type Named } from '../member/named';
import type { Reader } from '../access/requireMember';
import { involvementId } from './involvement';
import { isInScope } from './scope';
import { namedInOpinions, toOpinionViews, viewerOf } from './views';
import { attendanceOpen, opinionsOpen, isReplyable } from './window';

/** How many names of those coming the detail screen shows; the counts cover everyone. */
const COMING_SHOWN = 30;

/** What the participation part of a screen is made of, as read. */
export interface ParticipationFacts {
  counts: ConsultationCounts;
  /** The first who answered that they come, to take part or to observe. */
  coming: AttendanceDoc[];
  mine: Pick<AttendanceDoc, 'kind' | 'confirmed'> | null;
  /** Whether the caller follows it; null for someone who may only read. */
  following: boolean | null;
  myOpinions: OpinionDoc[];
  inScope: boolean;
}

/**
 * The reads behind the participation part: the counts come with the consultation; a page of who
 * is coming; the caller's own answer, follow (one mirror, involvement.ts) and opinions, which only
 * an approved member can have.
 */
export async function readParticipation(ctx: UseCaseContext, c: ConsultationDoc, who: Reader): Promise<ParticipationFacts> {
  const me = who.member._id;
  const active = who.member.status === 'active';
  const [counts, coming, involvement, myOpinions, inScope] = await Promise.all([
    countsOf(ctx.store, c),
    ctx.store.find<AttendanceDoc>(
      'attendance',
      { consultationId: c._id, kind: { $in: ['participant', 'observer'] } },
      { sort: [{ field: 'at', dir: 'asc' }], limit: COMING_SHOWN },
    ),
    active ? myInvolvement(ctx, c, me) : null,
    active ? ctx.store.find<OpinionDoc>('opinions', { consultationId: c._id, authorId: me }, { sort: [{ field: 'createdAt', dir: 'desc' }], limit: 20 }) : [],
    isInScope(ctx.store, who.member, c.plan.scope),
  ]);
  return { counts, coming, mine: involvement?.attendance ?? null, following: active ? involvement?.following === true : null, myOpinions, inScope };
}

/**
 * The member's own answer and follow: their mirror. Mirrors are written from when a consultation's
 * counts are kept (both from its drafting, or both put in place by the repair step, mirrors
 * first); a record from before reads the records themselves.
 */
async function myInvolvement(ctx: UseCaseContext, c: ConsultationDoc, me: string): Promise<Pick<InvolvementDoc, 'attendance' | 'following'> | null> {
  // The mirror, the answer and the follow share one id: consultation:member.
  const id = involvementId(c._id, me);
  if (countsKept(c)) return ctx.store.get<InvolvementDoc>('involvements', id);
  const [answer, follow] = await Promise.all([ctx.store.get<AttendanceDoc>('attendance', id), ctx.store.get('follows', id)]);
  return { ...(answer ? { attendance: { kind: answer.kind, confirmed: answer.confirmed } } : {}), following: follow !== null };
}

/** Whom the participation part names: those coming, and the people on the caller's own opinions. */
export const namedInParticipation = (f: ParticipationFacts) => [...f.coming.map((a) => a.memberId), ...namedInOpinions(f.myOpinions)];

/** The participation part of the detail screen from what was read: counts, who is coming (masked), my answer and opinions. */
export async function participationView(
  ctx: UseCaseContext,
  c: ConsultationDoc,
  who: Reader,
  { counts, coming, mine, myOpinions, inScope }: ParticipationFacts,
  named: Named,
): Promise<ParticipationView> {
  const viewer = viewerOf(who);
  const nameOf = (id: string) => {
    const m = named.get(id);
    return !m ? '' : m.status === 'deleted' ? '已注销成员' : maskName(m.name);
  };
  return {
    committee: viewer.isCommittee,
    window: {
      attendanceOpen: attendanceOpen(c),
      opinionsOpen: opinionsOpen(c, ctx.now),
      ...(c.plan.schedule?.endsAt !== undefined ? { closesAt: c.plan.schedule.endsAt } : {}),
    },
    attendance: {
      counts: { ...counts.attendance },
      coming: coming.map((a) => ({ name: nameOf(a.memberId), kindLabel: ATTENDANCE_LABELS[a.kind], confirmed: a.confirmed })),
    },
    opinions: opinionCounts(counts, viewer.isCommittee),
    mine: {
      active: who.member.status === 'active',
      inScope,
      publicName: maskName(who.member.name),
      ...(mine
        ? { attendance: { kind: mine.kind, kindLabel: ATTENDANCE_LABELS[mine.kind], confirmed: mine.confirmed, placeLabel: placeLabel(mine, c.status) } }
        : {}),
      opinions: await toOpinionViews(ctx, myOpinions, viewer, () => isReplyable(c), named),
    },
  };
}

/** The participation part on its own, as answering the notice returns it. */
export async function participationOf(ctx: UseCaseContext, c: ConsultationDoc, who: Reader): Promise<ParticipationView> {
  const facts = await readParticipation(ctx, c, who);
  return participationView(ctx, c, who, facts, await readNamed(ctx, namedInParticipation(facts)));
}
