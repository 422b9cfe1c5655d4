import { REPLY_LABELS, type ReplyDecision } from '@shared';
import type { ConsultationDoc, OpinionDoc } from '../../docs';
import { aboutConsultation, direct } from './event';

/** 答复: the author of the opinion hears the committee's answer (each revision of it). */
export const opinionAnswered = direct({
  kind: 'reply',
  label: '意见答复',
  template: 'reply',
  audience: ({ opinion }: { c: ConsultationDoc; opinion: OpinionDoc; decision: ReplyDecision; reason: string }) => [opinion.authorId],
  says: ({ c, opinion, decision, reason }, now) => ({
    key: `${opinion._id}:reply:${opinion.version}`,
    ...aboutConsultation(c),
    title: `您的意见已答复：${REPLY_LABELS[decision]}`,
    body: reason || `委员会${REPLY_LABELS[decision]}了您对「${c.plan.title}」的意见。`,
    fields: { title: c.plan.title, status: REPLY_LABELS[decision], time: now, note: reason || '查看答复详情' },
  }),
});
