import type { SystemContext } from './context';
import type { AuditDoc, MemberDoc } from './docs';
import { insertOnce } from './batches';
import type { Store } from './store/port';

/**
 * Appends an audit event. Its id names the kind of entity, the entity and the version the change
 * produced, so a retried request writes the same event again and the second write is a no-op —
 * while an attendance, a rating and a ballot of one member, whose ids are all
 * `<consultation>:<member>`, never take each other's place. An event that produces no version of
 * its entity (a repaired count) names itself.
 */
export async function appendAudit(store: Store, event: Omit<AuditDoc, '_id'>, _id = auditId(event)): Promise<void> {
  const doc: AuditDoc = { _id, ...event };
  await insertOnce(store, 'audit', doc);
}

/** The id an event of a versioned change takes: its entity and the version the change produced. */
export const auditId = (event: Pick<AuditDoc, 'entity' | 'entityId' | 'after'>) => `${event.entity}:${event.entityId}@${event.after.version}`;

type Change = Pick<AuditDoc, 'action' | 'entity' | 'entityId' | 'before' | 'after'> & Partial<Pick<AuditDoc, 'note' | 'at'>>;

/** The usual event: this member, in their community and their role, made this change now. */
export function auditBy(ctx: SystemContext, by: MemberDoc, change: Change): Promise<void> {
  return appendAudit(ctx.store, {
    communityId: by.communityId,
    at: ctx.now,
    actor: { memberId: by._id, role: by.role },
    ...change,
  });
}
