import { DAY_MS, DEFAULT_OBJECTION_DAYS } from '@shared';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { resultPublished } from '../notify/events/outcome';
import { announcementOf } from '../notify/notify';
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
    announce: [announcementOf(ctx, resultPublished, { c: doc, objectionWindowEndsAt, days })],
  });
  return toDetail(ctx, published, who);
};
