import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { StaffDoc, StaffInviteDoc, StreetDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { findStaff } from '../access/street';
import { insertOnce } from '../batches';
import { spendAllowance } from '../limits/allowance';
import { stableId } from '../member/ids';
import { streetHome } from './views';

/** Codes one caller may try in an hour, as for a community's invite codes (member/lookupInvite.ts). */
const TRIES_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

/**
 * A staff member joins their 街道／乡镇 with a one-time code, in the role the code was issued for.
 * The place's id follows from the openid and is fixed before the code is claimed, so a retry after
 * a lost reply finds its own claim; one person holds one staff place.
 */
export const joinStreet: UseCase<'street', 'street.join'> = async (ctx, { code, name }) => {
  const invite = await findStaffInvite(ctx, code);
  const id = stableId('s', ctx.caller.openid);
  const existing = await findStaff(ctx);
  if (existing && existing.staff._id === id && invite.usedBy === id) return streetHome(ctx, existing);
  if (existing) throw new DomainError('CONFLICT', `您已是${existing.street.name}的工作人员`);
  const claimed = await ctx.store.update('staffInvites', { _id: invite._id, usedBy: null }, { set: { usedBy: id, usedAt: ctx.now } });
  if (claimed === 0 && (await ctx.store.get<StaffInviteDoc>('staffInvites', invite._id))?.usedBy !== id) {
    throw new DomainError('NOT_FOUND', '该工作邀请码已被使用');
  }
  const staff: StaffDoc = { _id: id, openid: ctx.caller.openid, streetId: invite.streetId, name, role: invite.role, joinedAt: ctx.now };
  await insertOnce(ctx.store, 'staff', staff);
  const street = (await ctx.store.get<StreetDoc>('streets', invite.streetId))!;
  return streetHome(ctx, { staff, street });
};

/** The code's invite; each try spends one of the caller's tries this hour, so codes cannot be guessed. */
async function findStaffInvite(ctx: UseCaseContext, code: string): Promise<StaffInviteDoc> {
  const until = (Math.floor(ctx.now / HOUR_MS) + 1) * HOUR_MS;
  if (!(await spendAllowance(ctx, `invite:${ctx.caller.openid}:${until}`, TRIES_PER_HOUR, until))) {
    throw new DomainError('LIMIT_REACHED', '邀请码尝试次数过多，请一小时后再试');
  }
  const invite = await ctx.store.get<StaffInviteDoc>('staffInvites', code);
  if (!invite || !(await ctx.store.get<StreetDoc>('streets', invite.streetId))) throw new DomainError('NOT_FOUND', '工作邀请码无效，请向平台管理员核对');
  return invite;
}
