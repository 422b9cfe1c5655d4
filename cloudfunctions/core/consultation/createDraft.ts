import { createHash } from 'node:crypto';
import type { ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { storeNewConsultation } from './storeNew';
import { chooseMatter } from '../catalogue/communityCatalogue';
import { zeroCounts } from './counts';
import { toPlanRecord } from './planRecord';
import { savedView } from './views';

/** The id is derived from who asked and their request id, so a retried request finds its first draft. */
function draftId(communityId: string, memberId: string, requestId: string): string {
  return 'c' + createHash('sha256').update(`${communityId}\n${memberId}\n${requestId}`).digest('hex').slice(0, 23);
}

/** 确定议题: a committee member starts a topic from the catalogue; it stays a draft until published. */
export const createDraft: UseCase<'consultation', 'consultation.createDraft'> = async (ctx, { requestId, plan }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { member, community } = who;
  const _id = draftId(community._id, member._id, requestId);
  const matter = await chooseMatter(ctx, community, plan.categoryId);
  const doc: ConsultationDoc = {
    _id,
    communityId: community._id,
    community: { name: community.name, kind: community.kind },
    status: 'draft',
    version: 1,
    plan: await toPlanRecord(ctx, plan, { community, consultationId: _id, by: member._id }),
    matter,
    createdBy: member._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    timeline: [{ at: ctx.now, action: 'createDraft', status: 'draft', by: { memberId: member._id, role: member.role } }],
    counts: zeroCounts(),
  };
  const saved = await storeNewConsultation(ctx, doc, (first) => first.createdBy === member._id);
  return savedView(saved);
};
