import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { toMeView } from '../member/views';

/** 我的: who I am, my community, my household and units, my role; nulls for someone who never asked to join. */
export const getMe: UseCase<'account', 'me.get'> = async (ctx) => toMeView(ctx, await findMember(ctx));
