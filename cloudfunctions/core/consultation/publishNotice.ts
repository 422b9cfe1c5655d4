import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { applyTransition } from './applyTransition';
import { loadConsultation } from './loadConsultation';
import { toDetail } from './views';
import { noticePublished } from '../notify/events/notice';
import { announcementOf } from '../notify/notify';

/**
 * 发布公告: the draft becomes a public notice, at least the notice period before the meeting, and
 * everyone in its scope hears of it.
 */
export const publishNotice: UseCase<'consultation', 'consultation.publishNotice'> = async (ctx, { id, version }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  const published = await applyTransition(ctx, who, doc, 'publishNotice', {
    expectedVersion: version,
    set: { noticePublishedAt: ctx.now },
    announce: [announcementOf(ctx, noticePublished, { c: doc, version: doc.version + 1 })],
  });
  return toDetail(ctx, published, who);
};
