import { DomainError } from '@shared';
import { enforce } from '../access/decision';
import { mayObject } from '../access/result';
import { auditBy } from '../audit';
import type { ObjectionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import { loadConsultation } from '../consultation/loadConsultation';
import { stableId } from '../member/ids';
import { requireMember } from '../access/requireMember';
import { moderationFor } from '../participation/checks';
import { isStoreConflict } from '../store/port';
import { toObjectionViews } from './objections';

/**
 * 提出异议: during the objection window a member objects to the published result, with reasons.
 * The request id makes a retry harmless. Text shown to others passes the content check; one the
 * check is unsure of is refused here rather than held, since an objection must be answered in time.
 */
export const fileObjection: UseCase<'result', 'objection.file'> = async (ctx, { consultationId, requestId, reason }) => {
  const who = await requireMember(ctx);
  const c = await loadConsultation(ctx, consultationId, who);
  enforce(mayObject(ctx, c, who.member));
  if ((await moderationFor(ctx, reason)) !== 'visible') throw new DomainError('CONTENT_REJECTED');
  const doc: ObjectionDoc = {
    _id: stableId('ob', c._id, who.member._id, requestId),
    communityId: c.communityId,
    consultationId: c._id,
    authorId: who.member._id,
    reason,
    state: 'open',
    at: ctx.now,
    version: 1,
  };
  let saved = doc;
  try {
    await whileCounting(ctx.store, 'consultations', c._id, ctx.now, async (step) => {
      await ctx.store.insert('objections', doc);
      await countChange(ctx.store, c, 'objections', null, doc, step);
    });
    await auditBy(ctx, who.member, { action: 'objection.file', entity: 'objection', entityId: doc._id, before: null, after: { status: 'open', version: 1 } });
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    saved = (await ctx.store.get<ObjectionDoc>('objections', doc._id))!;
  }
  const [view] = await toObjectionViews(ctx, [saved], who);
  return view;
};
