import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { loadSuggestion } from './loadSuggestion';
import { toSuggestionView } from './views';

/** 审核: a suggestion the content check held is shown, or kept from public view; it stays in the ledger either way. */
export const moderateSuggestion: UseCase<'suggestion', 'suggestion.moderate'> = async (ctx, { id, approve }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const s = await loadSuggestion(ctx, id, who);
  if (s.moderation !== 'review') throw new DomainError('WRONG_STATE', '这条建议不需要审核');
  const moderation = approve ? 'visible' : 'hidden';
  const changed = await ctx.store.update('suggestions', { _id: s._id, version: s.version }, { set: { moderation, version: s.version + 1 } });
  if (changed === 0) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: 'suggestion.moderate',
    entity: 'suggestion',
    entityId: s._id,
    before: { status: s.state, version: s.version },
    after: { status: s.state, version: s.version + 1 },
    note: moderation,
  });
  return toSuggestionView(ctx, (await ctx.store.get<SuggestionDoc>('suggestions', s._id))!, who);
};
