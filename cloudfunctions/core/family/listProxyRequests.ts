import type { UseCase } from '../functionKit';
import { enforce } from '../access/decision';
import { requireMember } from '../access/requireMember';
import { mayManageVote } from '../access/voting';
import { loadVote } from '../voting/loadVote';
import { pendingRequests } from './proxyRequests';

/** The 委托书 household members sent in one vote (家人代办), waiting for the committee to confirm or refuse. */
export const listProxyRequests: UseCase<'voting', 'family.proxyRequests'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, consultationId, who);
  return pendingRequests(ctx, v, who.community);
};
