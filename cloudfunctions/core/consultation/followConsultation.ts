import type { FollowDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { insertOnce } from '../batches';
import { whileCounting } from '../counting/marks';
import { mirrorFollowing } from '../participation/involvement';
import { loadConsultation } from './loadConsultation';
import { followId } from './views';

/**
 * 关注此议题: a member who follows a consultation hears of its result, progress and completion as
 * those who took part do. Following twice is following once; unfollowing removes it.
 */
export const followConsultation: UseCase<'consultation', 'consultation.follow'> = async (ctx, { id, follow: on }) => {
  const who = await requireMember(ctx);
  const c = await loadConsultation(ctx, id, who);
  const _id = followId(c._id, who.member._id);
  const write = async () => {
    if (on) {
      const doc: FollowDoc = { _id, communityId: c.communityId, consultationId: c._id, memberId: who.member._id, at: ctx.now };
      await insertOnce(ctx.store, 'follows', doc);
    } else {
      await ctx.store.remove('follows', { _id });
    }
    await mirrorFollowing(ctx.store, { communityId: c.communityId, consultationId: c._id, memberId: who.member._id }, on);
  };
  // The mirror follows the follow: the consultation is marked until it has — unless it is sealed
  // in the archive as it is, where nothing may be written to it.
  await (c.status === 'archived' ? write() : whileCounting(ctx.store, 'consultations', c._id, ctx.now, write));
  return { consultationId: c._id, following: on };
};
