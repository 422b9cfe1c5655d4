import { DAY_MS, DEFAULT_OBJECTION_DAYS } from '@shared';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../membership/requireMember';
import { participantsNews } from './feed';
import { unansweredOpinions } from './outcome';

/**
 * 结果公示: the outcome (with the sealed tally, if there was a vote) goes on public display and an
 * objection window opens (community setting, 7 days by default). Everyone who took part hears of it.
 */
export const publishResult: UseCase<'result', 'result.publish'> = async (ctx, { id, version }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  const waiting = await unansweredOpinions(ctx, doc._id);
  const days = who.community.settings.objectionDays ?? DEFAULT_OBJECTION_DAYS;
  const objectionWindowEndsAt = ctx.now + days * DAY_MS;
  const published = await applyTransition(ctx, who, doc, 'publishResult', {
    expectedVersion: version,
    facts: { unansweredOpinions: waiting.count },
    set: { objectionWindowEndsAt },
    announce: [
      participantsNews(doc, ctx.now, {
        key: `${doc._id}:outcome:${doc.version + 1}`,
        kind: 'outcome',
        status: '结果公示',
        time: objectionWindowEndsAt,
        title: `协商结果公示：${doc.plan.title}`,
        body: `${doc.outcome?.text ?? ''}（公示${days}天，如有异议可在公示期内提出）`,
      }),
    ],
  });
  return toDetail(ctx, published, who);
};
