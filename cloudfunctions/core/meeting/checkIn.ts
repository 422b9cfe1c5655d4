import { DomainError, formatAddress } from '@shared';
import type { UseCaseContext } from '../context';
import type { MeetingDoc, MemberDoc, RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultationFor } from '../consultation/loadConsultation';
import { electorOfEntry } from '../member/buildElectorate';
import type { Reader } from '../access/requireMember';
import { openMeeting } from './meetings';
import { recordCheckin, requireInScope } from './recordCheckin';

/**
 * 签到 by the resident: a tap on the detail page, or the meeting's code scanned at the door, while
 * check-in is open. They are checked in as the register's person they are linked to — as the vote
 * will count them — so someone not on the register is sent to the host's table.
 */
export const checkIn: UseCase<'meeting', 'meeting.checkIn'> = async (ctx, { consultationId }) => {
  const { who, consultation } = await loadConsultationFor(ctx, consultationId, 'member');
  const meeting = await openMeeting(ctx, consultation);
  const { electorId, name, label, entryId } = await electorOfMember(ctx, meeting, who);
  const { checkin, arrived } = await recordCheckin(
    ctx,
    meeting,
    { electorId, name, label, way: 'self', memberId: who.member._id, ...(entryId ? { entryId } : {}) },
    who.member,
  );
  return { title: consultation.plan.title, label: checkin.label, at: checkin.at, already: !arrived };
};

async function electorOfMember(
  ctx: UseCaseContext,
  meeting: MeetingDoc,
  who: Reader,
): Promise<{ electorId: string; name: string; label: string; entryId?: string }> {
  const { member, community } = who;
  const entry = member.register ? await ctx.store.get<RosterEntryDoc>('roster', member.register.entryId) : null;
  // A 代表会议's members are the committee and the representatives, by their role as much as by the register.
  if (meeting.scope.kind === 'representatives' && isBodyMember(member)) {
    const person = entry ?? member;
    return { electorId: entry?._id ?? member._id, name: person.name, label: labelOf(person, community.kind), ...(entry ? { entryId: entry._id } : {}) };
  }
  if (!entry) throw new DomainError('OUT_OF_SCOPE', '您的账号尚未与名册关联，请到签到台由工作人员为您签到');
  const { electorId } = requireInScope(electorOfEntry(entry, meeting.scope, meeting.onDate));
  return { electorId, name: entry.name, label: labelOf(entry, community.kind), entryId: entry._id };
}

const isBodyMember = (m: MemberDoc) => m.role === 'committee' || m.role === 'representative';

export const labelOf = (p: Pick<RosterEntryDoc, 'name' | 'address'>, kind: Parameters<typeof formatAddress>[1]) =>
  `${p.name}（${formatAddress(p.address, kind)}）`;
