import { DomainError } from '@shared';
import { auditBy } from '../audit';
import { enforce } from '../access/decision';
import { mayRequestProxy } from '../access/family';
import { requireMember } from '../access/requireMember';
import type { UseCaseContext } from '../context';
import type { FamilyProxyDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { checkPhotos } from '../participation/checks';
import { isStoreConflict } from '../store/port';
import { ballotId, loadVote } from '../voting/loadVote';
import { relativesInVote, toFamilyVoteView } from './familyVote';
import { proxyAuditId } from './proxyRequests';
import { listRelatives, loadRelative } from './household';

const sameFiles = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * 代为表决, step 1 (家人代办): a member uploads the signed 委托书 of another adult of their 户 for one
 * vote, for the committee to confirm — the same evidence the committee's own proxy entries carry.
 * After a refusal, a new one may be sent; the same request sent again changes nothing.
 */
export const requestProxy: UseCase<'voting', 'family.requestProxy'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const me = who.member._id;
  const [v, relative] = await Promise.all([loadVote(ctx, input.consultationId, who), loadRelative(ctx, who, input.entryId)]);
  const r = (await relativesInVote(ctx, v, [relative])).get(relative.entry._id)!;
  const retry = r.request?.state === 'pending' && r.request.helperId === me && sameFiles(r.request.evidence, input.evidence);
  if (!retry) {
    enforce(mayRequestProxy(ctx, v, r, me));
    // The 委托书 carries the relative's signature: the committee, the helper and the relative read it.
    await checkPhotos(ctx, input.evidence, {
      by: me,
      readers: { kind: 'roles', roles: ['committee'], people: [me, ...(relative.member ? [relative.member._id] : [])] },
    });
    const _id = ballotId(v.voteId, relative.entry._id);
    const version = await store(ctx, r.request, {
      _id,
      communityId: v.consultation.communityId,
      consultationId: v.consultation._id,
      voteId: v.voteId,
      electorId: relative.entry._id,
      entryId: relative.entry._id,
      helperId: me,
      evidence: input.evidence,
      state: 'pending',
      at: ctx.now,
      version: (r.request?.version ?? 0) + 1,
    });
    await auditBy(ctx, who.member, {
      action: 'ballot.familyProxy',
      entity: 'ballot',
      entityId: proxyAuditId(_id),
      before: r.request ? { status: 'proxy:refused', version: r.request.version } : null,
      after: { status: 'proxy:pending', version },
      note: `选民 ${r.elector!.label}`,
    });
  }
  return toFamilyVoteView(ctx, v, await listRelatives(ctx, who), who.member);
};

/** The first 委托书 is inserted; one sent after a refusal replaces it, guarded by its version. */
async function store(ctx: UseCaseContext, was: FamilyProxyDoc | null, doc: FamilyProxyDoc): Promise<number> {
  const taken = new DomainError('CONFLICT', '家里已有人为这位家人上传了委托书');
  if (!was) {
    try {
      await ctx.store.insert('familyProxies', doc);
    } catch (e) {
      throw isStoreConflict(e) ? taken : e;
    }
    return doc.version;
  }
  const { _id, version, ...fields } = doc;
  const changed = await ctx.store.update(
    'familyProxies',
    { _id, version: was.version, state: 'refused' },
    { set: { ...fields, version }, unset: ['reason', 'decidedBy'] },
  );
  if (changed === 0) throw taken;
  return version;
}
