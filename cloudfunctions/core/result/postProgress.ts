import { mayActAsCommittee } from '../access/committee';
import { insertOrReadBack } from '../batches';
import { enforce } from '../access/decision';
import { mayPostProgress } from '../access/result';
import { auditBy } from '../audit';
import type { ProgressDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { stableId } from '../member/ids';
import { requireMember } from '../access/requireMember';
import { checkAttachments } from '../files/attachments';
import { checkPhotos } from '../participation/checks';
import { announce, carrying, copyCarriedNow, type AnnouncementDraft } from '../notify/announce';
import { progressPosted } from '../notify/events/progress';
import { announcementOf } from '../notify/notify';
import type { ConsultationDoc } from '../docs';
import type { SystemContext } from '../context';
import { toProgressViews } from './resultSection';

/**
 * 落实进展: the responsible committee member reports progress (text, percent, photos, documents), in public,
 * and everyone who took part hears of it. The request id makes a retry harmless.
 */
export const postProgress: UseCase<'result', 'progress.post'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  // Not the committee: refused before the consultation is even read, as ever.
  enforce(mayActAsCommittee(who.member));
  const c = await loadConsultation(ctx, input.consultationId, who);
  enforce(mayPostProgress(c, who.member));
  // Progress is reported in public: its photos and documents are the public's.
  const holder = { by: who.member._id, readers: { kind: 'anyone' } } as const;
  await checkPhotos(ctx, input.photos, holder);
  const attachments = await checkAttachments(ctx, input.attachments, holder);
  const doc: ProgressDoc = {
    _id: stableId('pg', c._id, who.member._id, input.requestId),
    communityId: c.communityId,
    consultationId: c._id,
    text: input.text,
    percent: input.percent,
    photos: input.photos,
    ...(attachments.length ? { attachments } : {}),
    by: who.member._id,
    at: ctx.now,
  };
  const news = announcementOf(ctx, progressPosted, { c, progressId: doc._id, percent: input.percent, text: input.text });
  const { stored: first, inserted } = await insertOrReadBack(ctx.store, 'progress', doc, (stored) => stored.by === who.member._id);
  if (!inserted) {
    // A retry: the first try may have died before telling anyone; the news's id makes this harmless.
    await announce({ ...ctx, now: first.at }, news);
    const [view] = await toProgressViews(ctx, [first], who.community.kind);
    return view;
  }
  await tellWithPercent(ctx, c._id, input.percent, news);
  await auditBy(ctx, who.member, {
    action: 'progress.post',
    entity: 'progress',
    entityId: doc._id,
    before: null,
    after: { status: `${input.percent}%`, version: 1 },
  });
  const [view] = await toProgressViews(ctx, [doc], who.community.kind);
  return view;
};

/** The consultation's percent and the news of it, in one write. */
async function tellWithPercent(ctx: SystemContext, consultationId: string, percent: number, draft: AnnouncementDraft) {
  const news = carrying(ctx.now, [draft]);
  await ctx.store.update(
    'consultations',
    { _id: consultationId },
    { set: { progressPercent: percent, updatedAt: ctx.now, ...news.set }, inc: news.inc, push: news.push },
  );
  const told = await ctx.store.get<ConsultationDoc>('consultations', consultationId);
  if (told) await copyCarriedNow(ctx, told);
}
