import { checkInRefusal, DomainError, formOfScope, toChinaDateTimeParts } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, MeetingDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { randomCode } from '../member/ids';
import { COMMITTEE_ONLY, requireMember, type MemberInCommunity } from '../access/requireMember';
import { isStoreConflict } from '../store/port';
import { ownThresholds } from '../voting/snapshot';
import { expectedOf } from './expected';
import { meetingIdOf, SCREEN_CODE_MS } from './meetings';
import { meetingView } from './views';

/**
 * 开始签到: the host opens the meeting's check-in. The meeting is of the vote's body (its rule and
 * scope) or, with no vote, of the plan's participants; 应到 is counted from the register now. A
 * closed check-in opens again; a meeting whose room count is in is done.
 */
export const openCheckIn: UseCase<'meeting', 'meeting.open'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const refusal = checkInRefusal({ status: c.status, forms: c.plan.forms });
  if (refusal) throw new DomainError('WRONG_STATE', refusal);
  const _id = meetingIdOf(c);
  let meeting = await ctx.store.get<MeetingDoc>('meetings', _id);
  if (meeting?.status === 'counted') throw new DomainError('WRONG_STATE', '会场计票结果已经录入，签到不能再开启');
  if (!meeting) meeting = await create(ctx, who, c, _id);
  else if (meeting.status === 'closed') meeting = await reopen(ctx, meeting);
  await ctx.store.update('consultations', { _id: c._id }, { set: { meeting: { id: _id, checkinOpen: true } } });
  await auditBy(ctx, who.member, {
    action: 'meeting.openCheckIn',
    entity: 'meeting',
    entityId: _id,
    before: null,
    after: { status: 'open', version: meeting.version },
  });
  return meetingView(ctx, meeting, { ...c, meeting: { id: _id, checkinOpen: true } });
};

async function create(ctx: UseCaseContext, who: MemberInCommunity, c: ConsultationDoc, _id: string): Promise<MeetingDoc> {
  const scope = c.plan.vote?.scope ?? c.plan.scope;
  if (!scope) throw new DomainError('PLAN_INCOMPLETE', '协商方案没有参与范围');
  const onDate = toChinaDateTimeParts(ctx.now).date;
  const rule = c.plan.vote?.rule;
  const doc: MeetingDoc = {
    _id,
    communityId: c.communityId,
    consultationId: c._id,
    title: c.plan.title,
    communityName: who.community.name,
    round: c.voteRound ?? 1,
    ...(rule ? { rule, ...ownThresholds(rule, who.community) } : {}),
    scope,
    form: formOfScope(scope),
    expected: await expectedOf(ctx, who.community, scope, onDate),
    onDate,
    status: 'open',
    screenCode: randomCode(8),
    screenCodeUntil: ctx.now + SCREEN_CODE_MS,
    openedBy: who.member._id,
    openedAt: ctx.now,
    version: 1,
  };
  try {
    await ctx.store.insert('meetings', doc);
    return doc;
  } catch (e) {
    // Two hosts opened it at once: one meeting, the first's.
    if (!isStoreConflict(e)) throw e;
    return (await ctx.store.get<MeetingDoc>('meetings', _id))!;
  }
}

async function reopen(ctx: UseCaseContext, meeting: MeetingDoc): Promise<MeetingDoc> {
  const set = { status: 'open' as const, version: meeting.version + 1 };
  const moved = await ctx.store.update('meetings', { _id: meeting._id, status: 'closed', version: meeting.version }, { set });
  return moved ? { ...meeting, ...set } : (await ctx.store.get<MeetingDoc>('meetings', meeting._id))!;
}
