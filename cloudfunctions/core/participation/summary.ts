import { ATTENDANCE_LABELS, maskName, placeLabel, type ParticipationView } from '@shared';
import { countsOf, opinionCounts } from '../consultation/counts';
import type { UseCaseContext } from '../context';
import type { AttendanceDoc, ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';
import type { MemberInCommunity } from '../membership/requireMember';
import { attendanceId } from './attendance';
import { isInScope } from './scope';
import { toOpinionViews, viewerOf } from './views';
import { attendanceOpen, opinionsOpen, isReplyable } from './window';

/** How many names of those coming the detail screen shows; the counts cover everyone. */
const COMING_SHOWN = 30;

/**
 * The participation part of the detail screen: counts (kept on the consultation), a page of who is
 * coming with masked names, and the caller's own answer and opinions.
 */
export async function participationOf(ctx: UseCaseContext, c: ConsultationDoc, who: MemberInCommunity): Promise<ParticipationView> {
  const viewer = viewerOf(who);
  const me = who.member._id;
  const [counts, comingDocs, mine, myOpinions, inScope] = await Promise.all([
    countsOf(ctx.store, c),
    ctx.store.find<AttendanceDoc>(
      'attendance',
      { consultationId: c._id, kind: { $in: ['participant', 'observer'] } },
      { sort: [{ field: 'at', dir: 'asc' }], limit: COMING_SHOWN },
    ),
    ctx.store.get<AttendanceDoc>('attendance', attendanceId(c._id, me)),
    ctx.store.find<OpinionDoc>('opinions', { consultationId: c._id, authorId: me }, { sort: [{ field: 'createdAt', dir: 'desc' }], limit: 20 }),
    isInScope(ctx.store, who.member, c.plan.scope),
  ]);
  const people = await ctx.store.find<MemberDoc>('members', { _id: { $in: comingDocs.map((a) => a.memberId) } });
  const nameOf = new Map(people.map((m) => [m._id, m.status === 'deleted' ? '已注销成员' : maskName(m.name)]));
  return {
    committee: viewer.isCommittee,
    window: {
      attendanceOpen: attendanceOpen(c),
      opinionsOpen: opinionsOpen(c, ctx.now),
      ...(c.plan.schedule?.endsAt !== undefined ? { closesAt: c.plan.schedule.endsAt } : {}),
    },
    attendance: {
      counts: { ...counts.attendance },
      coming: comingDocs.map((a) => ({ name: nameOf.get(a.memberId) ?? '', kindLabel: ATTENDANCE_LABELS[a.kind], confirmed: a.confirmed })),
    },
    opinions: opinionCounts(counts, viewer.isCommittee),
    mine: {
      active: who.member.status === 'active',
      inScope,
      publicName: maskName(who.member.name),
      ...(mine ? { attendance: { kind: mine.kind, kindLabel: ATTENDANCE_LABELS[mine.kind], confirmed: mine.confirmed, placeLabel: placeLabel(mine, c.status) } } : {}),
      opinions: await toOpinionViews(ctx, myOpinions, viewer, () => isReplyable(c)),
    },
  };
}
