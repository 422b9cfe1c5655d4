import { formOfScope, type Scope } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc } from '../docs';
import { buildElectorate } from '../member/buildElectorate';
import { populationOf } from '../register/population';

/**
 * 应到 on the opening day, from the register (never from app users). A 居民会议 or 村民会议 — the
 * bodies of thousands — is counted by the register's count queries, whatever its size; a 代表会议 by
 * reading its members only; the other smaller bodies (a group, a collective, owners in scope) as
 * their electorate is built.
 */
export async function expectedOf(ctx: UseCaseContext, community: CommunityDoc, scope: Scope, onDate: string): Promise<number> {
  if (scope.kind === 'residents' || scope.kind === 'households') {
    const basis = formOfScope(scope) === 'households' ? 'households' : 'residents';
    return (await populationOf(ctx.store, community, onDate, [basis]))[basis];
  }
  return (await buildElectorate(ctx.store, community, scope, onDate)).electors.length;
}
