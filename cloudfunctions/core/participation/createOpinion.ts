import { buildingKey, CHANNEL_LABELS, DomainError } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import { stableId } from '../membership/ids';
import { isStoreConflict } from '../store/port';

export type NewOpinion = Pick<OpinionDoc, 'stance' | 'text' | 'photos' | 'evidence' | 'channel' | 'moderation'> &
  Partial<Pick<OpinionDoc, 'entry'>>;

/**
 * Stores an opinion under an id made from who entered it and their request id, so a phone that
 * retries never makes a second one: a repeat finds and returns the first.
 */
export async function createOpinion(
  ctx: UseCaseContext,
  enteredBy: MemberDoc,
  author: MemberDoc,
  consultation: ConsultationDoc,
  requestId: string,
  fields: NewOpinion,
): Promise<OpinionDoc> {
  const doc: OpinionDoc = {
    _id: stableId('op', consultation._id, enteredBy._id, requestId),
    communityId: consultation.communityId,
    consultationId: consultation._id,
    authorId: author._id,
    building: author.address.building,
    buildingKey: buildingKey(author.address.building),
    answered: false,
    createdAt: ctx.now,
    version: 1,
    ...fields,
  };
  const first = await whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
    try {
      await ctx.store.insert('opinions', doc);
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
      return (await ctx.store.get<OpinionDoc>('opinions', doc._id)) ?? undefined;
    }
    // Only the request that stored it counts it: a retry finds the first and returns it.
    await countChange(ctx.store, consultation, 'opinions', null, doc, step);
    return null;
  });
  if (first !== null) {
    if (!first || first.authorId !== author._id) throw new DomainError('CONFLICT');
    return first;
  }
  await auditBy(ctx, enteredBy, {
    action: fields.entry ? 'opinion.recordOnBehalf' : 'opinion.submit',
    entity: 'opinion',
    entityId: doc._id,
    before: null,
    after: { status: doc.moderation, version: 1 },
    // Whose opinion it is, the opinion itself says; the note is printed in 一事一档, so it is in words.
    ...(author._id !== enteredBy._id ? { note: `${CHANNEL_LABELS[doc.channel]}意见` } : {}),
  });
  return doc;
}
