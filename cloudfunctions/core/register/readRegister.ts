import type { UseCaseContext } from '../context';
import type { Role } from '@shared';
import { requireMember, type MemberInCommunity } from '../access/requireMember';

/** The register is private: the committee keeps it, the supervisory committee may read it (RULES.md). */
const REGISTER_READERS: readonly Role[] = ['committee', 'supervisor'];

export function requireRegisterReader(ctx: UseCaseContext): Promise<MemberInCommunity> {
  return requireMember(ctx, REGISTER_READERS);
}
