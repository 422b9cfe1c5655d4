import { PETITION_UNITS } from '@shared';
import type { MemberDoc, SuggestionDoc } from '../../docs';
import type { PopulationBasis } from '../../register/population';
import { direct } from './event';

interface Reached {
  s: SuggestionDoc;
  communityId: string;
  hit: { basis: PopulationBasis; count: number; needed: number };
}

/** 已达法定提议人数: every active committee member of the community is told the committee must call a meeting. */
export const petitionReached = direct({
  kind: 'petitionReached',
  label: '达到法定提议人数',
  template: 'notice',
  audience: async ({ communityId }: Reached, ctx) =>
    (await ctx.store.find<MemberDoc>('members', { communityId, role: 'committee', status: 'active' })).map((m) => m._id),
  says: ({ s, communityId, hit }, now) => ({
    key: `${s._id}:threshold`,
    communityId,
    suggestionId: s._id,
    title: `群众建议已达法定提议人数：${s.title}`,
    body: `已有${hit.count}${PETITION_UNITS[hit.basis]}提议（法定须${hit.needed}${PETITION_UNITS[hit.basis]}），依法应当召集会议讨论。`,
    fields: { title: s.title, status: '法定提议', time: now, note: `提议${hit.count}，法定${hit.needed}` },
    page: `suggest/item/index?id=${s._id}`,
  }),
});
