import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { feedOf } from './feedPage';

/** 我的 → 消息: what became of the consultations I took part in, newest first, with the unread count. */
export const listFeed: UseCase<'account', 'feed.list'> = async (ctx, { page = 0 }) => feedOf(ctx, (await findMember(ctx))?.member, page);
