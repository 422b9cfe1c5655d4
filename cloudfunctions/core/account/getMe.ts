import { staffRoleLabel } from '@shared';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { findStaff } from '../access/street';
import { toMeView } from '../member/views';

/**
 * 我的: who I am, my community, my household and units, my role; nulls for someone who never asked
 * to join. A 街道／乡镇 staff member is told so, for the way to the 街道工作台.
 */
export const getMe: UseCase<'account', 'me.get'> = async (ctx) => {
  const [found, staffOf] = await Promise.all([findMember(ctx), findStaff(ctx)]);
  const view = await toMeView(ctx, found);
  return staffOf ? { ...view, staff: { streetName: staffOf.street.name, roleLabel: staffRoleLabel(staffOf.staff.role, staffOf.street.kind) } } : view;
};
