import { REPLY_LABELS, type ReplyDecision } from '@shared';
import type { ConsultationDoc, OpinionDoc } from '../../docs';
import { aboutConsultation, direct } from './event';

interface Answered {
  c: ConsultationDoc;
  /** One opinion answered on its own, or every opinion one reply to a theme or group answered. */
  opinions: OpinionDoc[];
  decision: ReplyDecision;
  reason: string;
  /** The group reply's request: it names the occurrence, so a retry tells nobody twice. */
  request?: string;
}

/** 答复: the author of each opinion hears the committee's answer (each revision of it), as their own. */
export const opinionAnswered = direct({
  kind: 'reply',
  label: '意见答复',
  template: 'reply',
  audience: ({ opinions }: Answered) => opinions.map((o) => o.authorId),
  says: ({ c, opinions, decision, reason, request }: Answered, now) => ({
    key: request ? `${c._id}:reply:${request}` : `${opinions[0]._id}:reply:${opinions[0].version}`,
    ...aboutConsultation(c),
    title: `您的意见已答复：${REPLY_LABELS[decision]}`,
    body: reason || `委员会${REPLY_LABELS[decision]}了您对「${c.plan.title}」的意见。`,
    fields: { title: c.plan.title, status: REPLY_LABELS[decision], time: now, note: reason || '查看答复详情' },
  }),
});
