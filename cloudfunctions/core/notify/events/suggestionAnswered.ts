import type { TriageDecision } from '@shared';
import type { SuggestionDoc } from '../../docs';
import { announced } from './event';

const TOLD: Record<TriageDecision, string> = {
  accept: '已立项，将组织协商',
  merge: '已与同类建议合并处理',
  handle: '已直接办理',
  refer: '已转交相关单位办理',
  decline: '不予采纳',
};

/** WeChat's phrase keyword: five Chinese characters at most. */
const TRIAGE_RESULT_SHORT: Record<TriageDecision, string> = { accept: '已立项', merge: '已合并', handle: '已办理', refer: '已转办', decline: '不采纳' };

/**
 * 答复建议: the answer, for its author and everyone who co-signs it; it opens the suggestion (a
 * draft made from it is the committee's until published).
 */
export const suggestionAnswered = announced({
  kind: 'suggestionAnswered',
  label: '建议答复',
  template: 'reply',
  audience: ({ s }: { s: SuggestionDoc; decision: TriageDecision; text: string }) => ({ kind: 'backers', suggestionId: s._id, authorId: s.authorId }),
  says: ({ s, decision, text }, now) => ({
    key: `${s._id}:answer`,
    communityId: s.communityId,
    suggestionId: s._id,
    title: `建议答复：${s.title}`,
    body: text ? `${TOLD[decision]}：${text}` : TOLD[decision],
    fields: { title: s.title, status: TRIAGE_RESULT_SHORT[decision], time: now, note: text || TOLD[decision] },
    page: `suggest/item/index?id=${s._id}`,
  }),
});
