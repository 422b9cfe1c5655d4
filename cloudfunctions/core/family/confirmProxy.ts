import { DomainError, type ProxyRequestState } from '@shared';
import { auditBy } from '../audit';
import { enforce } from '../access/decision';
import { requireMember } from '../access/requireMember';
import { mayManageVote, voteTakesBallots } from '../access/voting';
import type { FamilyProxyDoc, RosterEntryDoc } from '../docs';
import { familyProxyDecided } from '../notify/events/familyProxy';
import { notify } from '../notify/notify';
import type { UseCase } from '../functionKit';
import { ballotId, loadVote } from '../voting/loadVote';
import { pendingRequests, proxyAuditId } from './proxyRequests';

/**
 * The committee confirms a household member's 委托书 with the photos in front of them, or refuses it
 * saying why (家人代办), and the household member is told. Only a confirmed one lets them cast the
 * relative's ballot.
 */
export const confirmProxy: UseCase<'voting', 'family.confirmProxy'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, input.consultationId, who);
  enforce(voteTakesBallots(ctx, v));
  const _id = ballotId(v.voteId, input.electorId);
  const request = await ctx.store.get<FamilyProxyDoc>('familyProxies', _id);
  if (!request) throw new DomainError('NOT_FOUND', '没有这份委托书');
  if (request.state !== 'pending') throw new DomainError('WRONG_STATE', '这份委托书已经处理过');
  const state: ProxyRequestState = input.verdict === 'confirm' ? 'confirmed' : 'refused';
  const decision = { state, decidedBy: who.member._id, version: request.version + 1, ...(state === 'refused' ? { reason: input.reason } : {}) };
  const changed = await ctx.store.update('familyProxies', { _id, version: request.version, state: 'pending' }, { set: decision });
  if (changed === 0) throw new DomainError('CONFLICT', '这份委托书已经处理过');
  await auditBy(ctx, who.member, {
    action: `ballot.familyProxy.${state}`,
    entity: 'ballot',
    entityId: proxyAuditId(_id),
    before: { status: 'proxy:pending', version: request.version },
    after: { status: `proxy:${state}`, version: request.version + 1 },
    ...(state === 'refused' ? { note: input.reason } : {}),
  });
  const relative = await ctx.store.get<RosterEntryDoc>('roster', request.entryId);
  await notify(ctx, familyProxyDecided, { c: v.consultation, request: { ...request, ...decision }, relativeName: relative?.name ?? '家人' });
  return pendingRequests(ctx, v, who.community);
};
