import { DomainError } from '@shared';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { electorOfEntry } from '../member/buildElectorate';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { checkPhotos } from '../participation/checks';
import { labelOf } from './checkIn';
import { openMeeting } from './meetings';
import { recordCheckin, requireInScope } from './recordCheckin';
import { meetingView } from './views';

/**
 * 代为签到: the host checks in someone of the register at the table — an elder without the app,
 * found by name or the initials of the name — or their 委托代理人 with a photo of the 委托书.
 */
export const checkInFor: UseCase<'meeting', 'meeting.checkInFor'> = async (ctx, { consultationId, entryId, proxy }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const meeting = await openMeeting(ctx, c);
  const entry = await ctx.store.get<RosterEntryDoc>('roster', entryId);
  if (!entry || entry.communityId !== c.communityId) throw new DomainError('NOT_FOUND', '名册中没有这个人');
  const { electorId } = requireInScope(electorOfEntry(entry, meeting.scope, meeting.onDate));
  // A 委托书 names the person and their proxy: the committee's alone.
  if (proxy) await checkPhotos(ctx, proxy.evidence, { by: who.member._id, readers: { kind: 'roles', roles: ['committee'], people: [] } });
  const arrival = {
    electorId,
    entryId,
    name: entry.name,
    label: labelOf(entry, who.community.kind),
    way: proxy ? ('proxy' as const) : ('host' as const),
    ...(proxy ? { proxy } : {}),
  };
  const { checkin, arrived } = await recordCheckin(ctx, meeting, arrival, who.member);
  return { ...(await meetingView(ctx, meeting, c)), arrival: { label: checkin.label, already: !arrived } };
};
