import { AREA_RULES, DomainError, RULE_TEXTS, ruleLabelsOf } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { loadVote } from './loadVote';

/**
 * 计票单: the sheet the counting table (计票人, 监票人, 主持人) fills in by hand for a show of hands
 * or a paper count — what is asked, the rule in words and 应到 from the round's electorate; the
 * counts and signatures are left blank for the room. Only once the electorate is fixed.
 */
export const getTallySheet: UseCase<'voting', 'vote.tallySheet'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  if (!v.tally || v.tally.status === 'preparing') throw new DomainError('WRONG_STATE', '选民名单生成后才能打印计票单');
  return {
    consultationId,
    communityName: who.community.name,
    title: v.consultation.plan.title,
    question: v.vote.question,
    ruleLabel: ruleLabelsOf(who.community.kind)[v.vote.rule],
    ruleText: RULE_TEXTS[v.vote.rule],
    electors: v.tally.electors,
    ...(AREA_RULES.includes(v.vote.rule) ? { areaTotal: (v.tally.areaTotal / 100).toFixed(2) } : {}),
  };
};
