import { COMMISSION_STATES, type AuditAction } from '@shared';
import { appendAudit } from '../audit';
import type { SystemContext } from '../context';
import type { CommissionDoc } from '../docs';
import type { StaffOfStreet } from '../access/street';

/**
 * A street officer's change to a commissioned matter, logged in the community it lands in, under the
 * officer and their street (a staff place is no member of the community). Its id names the state it
 * produced, so a retry writes it once.
 */
export function auditByStaff(
  ctx: SystemContext,
  { staff, street }: StaffOfStreet,
  m: CommissionDoc,
  action: AuditAction,
  before: CommissionDoc['state'] | null,
  note?: string,
) {
  const version = COMMISSION_STATES.indexOf(m.state) + 1;
  return appendAudit(ctx.store, {
    communityId: m.communityId,
    at: ctx.now,
    actor: { staffId: staff._id, streetName: street.name },
    action,
    entity: 'commission',
    entityId: m._id,
    before: before ? { status: before, version: version - 1 } : null,
    after: { status: m.state, version },
    ...(note ? { note } : {}),
  });
}
