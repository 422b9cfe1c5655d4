import { DomainError } from '@shared';
import { chooseMatter } from '../catalogue/communityCatalogue';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, SuggestionDoc } from '../docs';
import { withCommunityDefaults } from '../consultation/communityDefaults';
import { zeroCounts } from '../consultation/counts';
import { stableId } from '../member/ids';
import { storeNewConsultation } from '../consultation/storeNew';
import type { MemberInCommunity } from '../access/requireMember';

/** The draft made from a suggestion has an id that follows from it: two accepts make one draft. */
export const draftIdOf = (suggestionId: string) => stableId('c', 'suggestion', suggestionId);

/**
 * 立项: a draft consultation prefilled from the suggestion — its title, the catalogue matter, the
 * description and place as background — and linked back to it. The committee completes the plan.
 */
export async function draftFromSuggestion(ctx: UseCaseContext, who: MemberInCommunity, s: SuggestionDoc, categoryId: string | undefined) {
  const category = categoryId ?? s.categoryId;
  if (!category) throw new DomainError('INVALID_INPUT', '请为立项的议题选择协商事项');
  const { member, community } = who;
  const matter = await chooseMatter(ctx, community, category);
  const doc: ConsultationDoc = {
    _id: draftIdOf(s._id),
    communityId: community._id,
    community: { name: community.name, kind: community.kind },
    status: 'draft',
    version: 1,
    plan: withCommunityDefaults({ title: s.title, categoryId: category, background: `${s.description}\n\n涉及地点：${s.place}` }, community),
    matter,
    fromSuggestion: s._id,
    fromSuggestionTitle: s.title,
    createdBy: member._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    timeline: [{ at: ctx.now, action: 'createDraft', status: 'draft', by: { memberId: member._id, role: member.role }, note: `由群众建议立项：${s.title}` }],
    counts: zeroCounts(),
  };
  // A second accept finds the same draft: its id follows from the suggestion.
  await storeNewConsultation(ctx, doc, (first) => first.fromSuggestion === s._id, `由群众建议“${s.title}”立项`);
  return doc._id;
}
