import { DomainError, memberLimitsOf } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';
import { stableId } from '../member/ids';
import type { Places } from './createOpinion';

/** More than any member has on one consultation: their own (within the limit) and the committee's entries for them. */
const READ_AT_MOST = 200;

/**
 * Where a member's next opinion of their own on a consultation may go: numbered places up to the
 * community's limit, after those already taken. One read of their opinions there, whatever the
 * community's size. A retry of a request already stored comes back as `stored`. A relative's
 * opinion entered by their household (家人代办) is theirs as if they had sent it, and takes the same
 * places; `whose` words the refusal for the one sending it.
 */
export async function ownOpinionPlaces(
  ctx: UseCaseContext,
  community: CommunityDoc,
  author: Pick<MemberDoc, '_id'>,
  consultation: ConsultationDoc,
  requestId: string,
  whose = '您',
): Promise<{ stored?: OpinionDoc; places: Places }> {
  const limit = memberLimitsOf(community.settings.limits).opinionsPerConsultation;
  const theirs = await ctx.store.find<OpinionDoc>('opinions', { consultationId: consultation._id, authorId: author._id }, { limit: READ_AT_MOST });
  // What the committee entered for them is theirs too, but not theirs to spend the limit on.
  const own = theirs.filter((o) => !o.entry || o.family);
  const stored = own.find((o) => o.requestId === requestId);
  const full = () => new DomainError('LIMIT_REACHED', `每人对一个议题最多发表${limit}条意见，${whose}已发表${limit}条`);
  if (stored) return { stored, places: { ids: [], full } };
  const ids = [];
  for (let n = own.length + 1; n <= limit; n++) ids.push(stableId('op', consultation._id, author._id, `own#${n}`));
  return { places: { ids, full } };
}
