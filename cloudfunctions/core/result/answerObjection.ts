import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { ConsultationDoc, ObjectionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { reconsidered } from '../notify/events/reconsidered';
import { announcementOf } from '../notify/notify';
import { toObjectionViews } from './objections';

/**
 * 答复异议: every objection is answered — dismissed with a reason, or upheld, which sends the
 * consultation back to consulting (复议) with the reason on its timeline; the other open
 * objections are then settled with it.
 */
export const answerObjection: UseCase<'result', 'objection.answer'> = async (ctx, { objectionId, decision, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const objection = await ctx.store.get<ObjectionDoc>('objections', objectionId);
  if (!objection || objection.communityId !== who.community._id) throw new DomainError('NOT_FOUND');
  if (objection.state !== 'open') throw new DomainError('WRONG_STATE', '这条异议已经答复');
  if (reason === '') throw new DomainError('REASON_REQUIRED', decision === 'dismiss' ? '不予采纳须说明理由' : '请说明复议的理由');
  const c = (await ctx.store.get<ConsultationDoc>('consultations', objection.consultationId))!;
  if (decision === 'uphold') {
    // The consultation goes back first: if it cannot (someone else just did), the objection stays open.
    await applyTransition(ctx, who, c, 'reconsider', {
      facts: { reason },
      note: `采纳异议，复议：${reason}`,
      unset: ['outcome', 'objectionWindowEndsAt'],
      announce: [announcementOf(ctx, reconsidered, { c, reason })],
    });
  }
  const state = decision === 'dismiss' ? 'dismissed' : 'upheld';
  const answer = { reason, by: who.member._id, at: ctx.now };
  await whileCounting(ctx.store, 'consultations', c._id, ctx.now, async (step) => {
    const changed = await ctx.store.update(
      'objections',
      { _id: objection._id, state: 'open', version: objection.version },
      { set: { state, answer, version: objection.version + 1 } },
    );
    if (changed === 0) throw new DomainError('CONFLICT', '这条异议刚被他人处理，请刷新后再看');
    await countChange(ctx.store, c, 'objections', objection, { state }, step);
  });
  await auditBy(ctx, who.member, {
    action: `objection.${decision}`,
    entity: 'objection',
    entityId: objection._id,
    before: { status: 'open', version: objection.version },
    after: { status: state, version: objection.version + 1 },
    note: reason,
  });
  if (decision === 'uphold') {
    await whileCounting(ctx.store, 'consultations', c._id, ctx.now, async (step) => {
      const superseded = await ctx.store.update(
        'objections',
        { consultationId: c._id, state: 'open' },
        { set: { state: 'superseded', answer: { reason: '已采纳其他异议并进入复议', by: who.member._id, at: ctx.now } }, inc: { version: 1 } },
      );
      await countChange(ctx.store, c, 'objections', { state: 'open' }, { state: 'superseded' }, step, superseded);
    });
  }
  const [view] = await toObjectionViews(ctx, [(await ctx.store.get<ObjectionDoc>('objections', objection._id))!], who);
  return view;
};
