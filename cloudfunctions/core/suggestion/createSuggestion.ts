import { buildingKey, DAY_MS, DomainError, type ParsedPayloadOf, type SuggestionChannel } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { MemberDoc, SuggestionDoc } from '../docs';
import { chooseMatter } from '../catalogue/communityCatalogue';
import { stableId } from '../member/ids';
import type { MemberInCommunity } from '../access/requireMember';
import { checkPhotos, moderationFor } from '../participation/checks';
import { insertOrReadBack } from '../batches';
import { spendDailySuggestion } from './dailyLimit';
import { authorCounts } from './proposers';
import { suggestionSettingsOf } from './settings';

type Fields = ParsedPayloadOf<'suggestion', 'suggestion.raise'>;

/**
 * Stores a suggestion under an id made from who entered it and their request id, so a phone that
 * retries never makes a second. A member's own count against their daily limit. The text passes the
 * content check; `review` holds it from public view.
 */
export async function createSuggestion(
  ctx: UseCaseContext,
  who: MemberInCommunity,
  author: MemberDoc,
  input: Fields,
  channel: SuggestionChannel,
): Promise<SuggestionDoc> {
  const matter = input.categoryId ? await chooseMatter(ctx, who.community, input.categoryId) : undefined;
  const id = stableId('sg', who.community._id, who.member._id, input.requestId);
  const enteredBy = who.member._id === author._id ? undefined : who.member._id;
  // A member's own suggestions count against their day; what the committee enters from paper does not.
  if (!enteredBy) {
    const stored = await ctx.store.get<SuggestionDoc>('suggestions', id);
    if (stored) return ownedBy(stored, author);
  }
  await checkPhotos(ctx, input.photos, { by: who.member._id, readers: { kind: 'community' } });
  const moderation = await moderationFor(ctx, `${input.title}\n${input.description}`);
  // Spent only by a suggestion that passed its checks: a refused one costs the member nothing.
  if (!enteredBy) await spendDailySuggestion(ctx, who);
  const doc: SuggestionDoc = {
    _id: id,
    communityId: who.community._id,
    title: input.title,
    description: input.description,
    ...(input.categoryId && matter ? { categoryId: input.categoryId, categoryName: matter.itemName } : {}),
    place: input.place,
    placeKey: buildingKey(input.place),
    photos: input.photos,
    authorId: author._id,
    hideName: input.hideName,
    channel,
    ...(enteredBy ? { enteredBy } : {}),
    moderation,
    state: 'open',
    cosigns: 0,
    author: authorCounts(author),
    thresholdReachedAt: 0,
    createdAt: ctx.now,
    answerDueAt: ctx.now + suggestionSettingsOf(who.community).answerDays * DAY_MS,
    version: 1,
  };
  // A retry finds its first attempt, which must be the same author's.
  const saved = await insertOrReadBack(ctx.store, 'suggestions', doc, (first) => first.authorId === author._id);
  if (!saved.inserted) return saved.stored;
  await auditBy(ctx, who.member, {
    action: enteredBy ? 'suggestion.enter' : 'suggestion.raise',
    entity: 'suggestion',
    entityId: doc._id,
    before: null,
    after: { status: 'open', version: 1 },
    ...(enteredBy ? { note: `代 ${author._id} 录入（${channel}）` } : {}),
  });
  return doc;
}

/** A retry's first attempt, which must be the same author's. */
function ownedBy(first: SuggestionDoc | null, author: MemberDoc): SuggestionDoc {
  if (!first || first.authorId !== author._id) throw new DomainError('CONFLICT');
  return first;
}
