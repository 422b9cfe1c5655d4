import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { toMeView } from '../member/views';

/**
 * 长辈模式 on or off for the caller, kept on their membership so another phone opens the same way.
 * Anyone who has asked to join may choose, waiting or not. The member's version is left alone: it
 * guards the committee's decisions about them, which a reading preference must never make fail.
 */
export const setCareMode: UseCase<'account', 'me.setCare'> = async (ctx, { care }) => {
  const found = await findMember(ctx);
  if (!found || found.member.status === 'deleted') throw new DomainError('NOT_MEMBER', '加入社区后才能把长辈模式记在账号上，本机已记住您的选择');
  await ctx.store.update('members', { _id: found.member._id }, { set: { care } });
  return toMeView(ctx, { ...found, member: { ...found.member, care } });
};
