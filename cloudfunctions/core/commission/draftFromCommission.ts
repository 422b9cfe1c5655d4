import type { CommissionDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { mayDraftCommission } from '../access/commission';
import { enforce } from '../access/decision';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { withCommunityDefaults } from '../consultation/communityDefaults';
import { zeroCounts } from '../consultation/counts';
import { chooseMatter } from '../catalogue/communityCatalogue';
import { stableId } from '../member/ids';
import { storeNewConsultation } from '../consultation/storeNew';
import { commissionOfCommunity } from './loadCommission';
import { toCommitteeView } from './committeeView';
import { commissionerOf } from './views';

/** The draft of a commissioned matter has an id that follows from it: two starts make one draft. */
const draftIdOf = (commissionId: string) => stableId('c', 'commission', commissionId);

/**
 * 开始协商: the committee turns a commissioned matter into a draft consultation — its title, what to
 * consult on and the due day as background, marked 受…委托 — under the catalogue matter it chooses,
 * and links the matter to it. The committee completes the plan and the consultation runs as any other.
 */
export const draftFromCommission: UseCase<'consultation', 'commission.draft'> = async (ctx, { id, categoryId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { member, community } = who;
  const m = await commissionOfCommunity(ctx, id, community._id);
  const consultationId = draftIdOf(m._id);
  // A retry after the link was made finds the matter already pointing at its draft.
  if (m.consultationId === consultationId) return toCommitteeView(m, await ctx.store.get<ConsultationDoc>('consultations', consultationId), ctx.now);
  enforce(mayDraftCommission(m));
  const commissioner = commissionerOf(m);
  const matter = await chooseMatter(ctx, community, categoryId);
  const doc: ConsultationDoc = {
    _id: consultationId,
    communityId: community._id,
    community: { name: community.name, kind: community.kind },
    status: 'draft',
    version: 1,
    plan: withCommunityDefaults(
      { title: m.title, categoryId, background: `受${commissioner}委托协商：${m.matter}\n\n须于${m.dueOn}前向${commissioner}报告协商结果。` },
      community,
    ),
    matter,
    fromCommission: { id: m._id, commissioner },
    createdBy: member._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    timeline: [{ at: ctx.now, action: 'createDraft', status: 'draft', by: { memberId: member._id, role: member.role }, note: `受${commissioner}委托` }],
    counts: zeroCounts(),
  };
  // A second start finds the same draft: its id follows from the matter.
  await storeNewConsultation(ctx, doc, (first) => first.fromCommission?.id === m._id, `受${commissioner}委托：${m.title}`);
  const linked: CommissionDoc = { ...m, state: 'consulting', consultationId };
  await ctx.store.update('commissions', { _id: m._id, state: 'waiting' }, { set: { state: linked.state, consultationId } });
  return toCommitteeView(linked, doc, ctx.now);
};
