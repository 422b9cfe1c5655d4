import type { AttendeeView } from '@shared';
import type { CheckinDoc, RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { electorOfEntry } from '../member/buildElectorate';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import type { UseCaseContext } from '../context';
import { labelOf } from './checkIn';
import { checkinId, openMeeting } from './meetings';

const SHOWN = 20;

/**
 * The host finds someone at the table by the start of their name (王秀) or of its pinyin initials
 * (wxy): two range reads of the register's indexes, however large it is. Each is shown with whether
 * they belong to this meeting's body and whether they are in already.
 */
export const findAttendees: UseCase<'meeting', 'meeting.find'> = async (ctx, { consultationId, query }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const meeting = await openMeeting(ctx, c);
  const q = query.trim();
  const field = /^[a-z]+$/i.test(q) ? 'initials' : 'name';
  const found = await startingWith(ctx, c.communityId, field, field === 'initials' ? q.toLowerCase() : q);
  const candidates = found.map((p) => ({ p, as: electorOfEntry(p, meeting.scope, meeting.onDate) }));
  const ids = candidates.flatMap(({ as }) => ('electorId' in as ? [checkinId(meeting._id, as.electorId)] : []));
  const present = new Set(ids.length ? (await ctx.store.find<CheckinDoc>('checkins', { _id: { $in: ids }, present: true })).map((k) => k.electorId) : []);
  const people: AttendeeView[] = candidates.map(({ p, as }) => ({
    entryId: p._id,
    label: labelOf(p, who.community.kind),
    ...('electorId' in as ? { electorId: as.electorId, present: present.has(as.electorId) } : { problem: as.problem, present: false }),
  }));
  return { people };
};

/** Register entries whose `field` starts with `prefix`, from the index: the least value after everything below it. */
async function startingWith(ctx: UseCaseContext, communityId: string, field: 'name' | 'initials', prefix: string): Promise<RosterEntryDoc[]> {
  const last = prefix.charCodeAt(prefix.length - 1);
  const below = `${prefix.slice(0, -1)}${String.fromCharCode(last - 1)}\uffff`;
  const found = await ctx.store.find<RosterEntryDoc>('roster', { communityId, [field]: { $gt: below } }, { sort: [{ field, dir: 'asc' }], limit: SHOWN });
  return found.filter((p) => (p[field] ?? '').startsWith(prefix));
}
