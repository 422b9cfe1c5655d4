import type { Role } from '@shared';
import type { AuditDoc, TimelineEntry } from './docs';

/**
 * Who did something, in words: 系统 for the scheduler, a street's officer by their street (a
 * cross-community matter's steps are the street's), and a member as the caller names them.
 */
export function actorName(actor: AuditDoc['actor'] | TimelineEntry['by'], nameOfMember: (memberId: string, role?: Role) => string): string {
  if ('system' in actor) return '系统';
  if ('staffId' in actor) return `${actor.streetName}工作人员`;
  return nameOfMember(actor.memberId, actor.role);
}
