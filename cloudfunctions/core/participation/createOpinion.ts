import { buildingKey, CHANNEL_LABELS, DomainError, FAMILY_LABEL } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import { stableId } from '../member/ids';
import { whileOversight, yearDocAt } from '../oversight/counters';
import { personOf, tookPart } from '../oversight/participants';
import { isStoreConflict } from '../store/port';

export type NewOpinion = Pick<OpinionDoc, 'stance' | 'text' | 'photos' | 'evidence' | 'channel' | 'moderation'> & Partial<Pick<OpinionDoc, 'entry' | 'family'>>;

/** Whose the opinion is: a member, or the register entry of a relative without the app (家人代办). */
type Author = Pick<MemberDoc, '_id' | 'address'> & Partial<Pick<MemberDoc, 'register'>>;

/**
 * Where an opinion may be stored, tried in order: the first free id takes it. A committee entry
 * has one place, made from who entered it and their request id; a member's own opinions have
 * numbered places up to the community's limit (see ownOpinionPlaces), so two sent at once can
 * never both take the last one. `full` is the refusal when every place is taken by another request.
 */
export interface Places {
  ids: string[];
  full: () => DomainError;
}

const entryPlace = (consultation: ConsultationDoc, enteredBy: MemberDoc, requestId: string): Places => ({
  ids: [stableId('op', consultation._id, enteredBy._id, requestId)],
  full: () => new DomainError('CONFLICT'),
});

/**
 * Stores an opinion in the first free place. A phone that retries finds its first attempt in a
 * place it tries (same author, same request id) and gets that back instead of a second opinion.
 */
export async function createOpinion(
  ctx: UseCaseContext,
  enteredBy: MemberDoc,
  author: Author,
  consultation: ConsultationDoc,
  requestId: string,
  fields: NewOpinion,
  places: Places = entryPlace(consultation, enteredBy, requestId),
): Promise<OpinionDoc> {
  for (const _id of places.ids) {
    const doc: OpinionDoc = {
      _id,
      communityId: consultation.communityId,
      consultationId: consultation._id,
      authorId: author._id,
      requestId,
      building: author.address.building,
      buildingKey: buildingKey(author.address.building),
      answered: false,
      createdAt: ctx.now,
      version: 1,
      ...fields,
    };
    const first = await whileOversight(ctx.store, doc.communityId, [yearDocAt(doc.communityId, ctx.now)], ctx.now, (moves) =>
      whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
        try {
          await ctx.store.insert('opinions', doc);
        } catch (e) {
          if (!isStoreConflict(e)) throw e;
          return (await ctx.store.get<OpinionDoc>('opinions', _id)) ?? undefined;
        }
        // Only the request that stored it counts it: a retry finds the first and returns it.
        await countChange(ctx.store, consultation, 'opinions', null, doc, step);
        moves.inMonth(ctx.now, 'opinions', 1);
        await tookPart(ctx.store, moves, personOf(author), ctx.now);
        return null;
      }),
    );
    if (first === null) {
      await audited(ctx, enteredBy, author, doc);
      return doc;
    }
    // Stored before request ids were kept, an entry's place was its request's own.
    if (first && first.authorId === author._id && (first.requestId ?? requestId) === requestId) return first;
  }
  throw places.full();
}

/** The opinion's first step in the audit, by whoever entered it. */
async function audited(ctx: UseCaseContext, enteredBy: MemberDoc, author: Author, doc: OpinionDoc) {
  await auditBy(ctx, enteredBy, {
    action: doc.family ? 'opinion.family' : doc.entry ? 'opinion.recordOnBehalf' : 'opinion.submit',
    entity: 'opinion',
    entityId: doc._id,
    before: null,
    after: { status: doc.moderation, version: 1 },
    // Whose opinion it is, the opinion itself says; the note is printed in 一事一档, so it is in words.
    ...(author._id !== enteredBy._id ? { note: `${doc.family ? FAMILY_LABEL : CHANNEL_LABELS[doc.channel]}意见` } : {}),
  });
}
