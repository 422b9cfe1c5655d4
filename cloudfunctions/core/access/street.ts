import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, StaffDoc, StreetDoc } from '../docs';
import { ALLOWED, enforce, refused, type Decision } from './decision';

export interface StaffOfStreet {
  staff: StaffDoc;
  street: StreetDoc;
}

/** The caller's place on a street's staff, or null when they hold none. */
export async function findStaff(ctx: UseCaseContext): Promise<StaffOfStreet | null> {
  const [staff] = await ctx.store.find<StaffDoc>('staff', { openid: ctx.caller.openid }, { limit: 1 });
  const street = staff ? await ctx.store.get<StreetDoc>('streets', staff.streetId) : null;
  return staff && street ? { staff, street } : null;
}

/**
 * Who may change anything at the street's level: its officers. 民政／督查 readers read every
 * record and figure the officers do and write nothing; the screens offer a write from this answer.
 */
export function mayActForStreet(staff: Pick<StaffDoc, 'role'>): Decision {
  return staff.role === 'officer' ? ALLOWED : refused('FORBIDDEN', '民政／督查账号只能查看，不能修改');
}

/** A member of a street's staff, either role: who may read the street's records. */
export async function requireStaff(ctx: UseCaseContext): Promise<StaffOfStreet> {
  const found = await findStaff(ctx);
  if (!found) throw new DomainError('FORBIDDEN', '仅街道／乡镇工作人员可以使用');
  return found;
}

/** An officer of a street: who may act for it. */
export async function requireOfficer(ctx: UseCaseContext): Promise<StaffOfStreet> {
  const found = await requireStaff(ctx);
  enforce(mayActForStreet(found.staff));
  return found;
}

/**
 * A community under the caller's street: another street's community is NOT_FOUND, as if it were
 * not there, so staff learn nothing of communities not theirs.
 */
export async function requireCommunityOfStreet(ctx: UseCaseContext, street: StreetDoc, communityId: string): Promise<CommunityDoc> {
  const community = await ctx.store.get<CommunityDoc>('communities', communityId);
  if (!community || community.streetId !== street._id) throw new DomainError('NOT_FOUND', '找不到该社区');
  return community;
}
