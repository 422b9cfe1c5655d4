import { DAY_MS, DEFAULT_EVALUATION_DAYS } from '@shared';
import type { ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { checkPhotos } from '../participation/checks';
import { implementationCompleted } from '../notify/events/completed';
import { announcementOf } from '../notify/notify';

/**
 * 落实完成: completion needs a final report. The participants' rating window opens (community
 * setting, 14 days by default) and everyone who took part hears of it.
 */
export const completeImplementation: UseCase<'result', 'implementation.complete'> = async (ctx, { id, report, photos }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  await checkPhotos(ctx, photos, { by: who.member._id, readers: { kind: 'anyone' } });
  const days = who.community.settings.evaluationDays ?? DEFAULT_EVALUATION_DAYS;
  const completion: ConsultationDoc['completion'] = { report, photos, by: who.member._id, at: ctx.now };
  const done = await applyTransition(ctx, who, doc, 'complete', {
    facts: { finalReport: report },
    set: { completion, progressPercent: 100, evaluationEndsAt: ctx.now + days * DAY_MS },
    announce: [announcementOf(ctx, implementationCompleted, { c: doc, report, days })],
  });
  return toDetail(ctx, done, who);
};
