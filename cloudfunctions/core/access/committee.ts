import type { MemberDoc } from '../docs';
import { ALLOWED, refused, type Decision } from './decision';

/** Is this member one of the committee, approved: who runs a consultation's steps. */
export function mayActAsCommittee(member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  if (member.status !== 'active') return refused('NOT_MEMBER');
  return member.role === 'committee' ? ALLOWED : refused('FORBIDDEN');
}
