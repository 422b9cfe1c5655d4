import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { grantsOf } from './grantsView';

/** 我的订阅: how many messages of each kind WeChat still lets us send me. */
export const listMySubscriptions: UseCase<'account', 'subscription.mine'> = async (ctx) => grantsOf(ctx, (await requireReader(ctx)).member._id);
