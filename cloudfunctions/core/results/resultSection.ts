import type { CommunityKind, ProgressView, ResultSectionView } from '@shared';
import type { UseCaseContext } from '../context';
import type { ArchiveDoc, ConsultationDoc, MemberDoc, ProgressDoc, TallyDoc } from '../docs';
import { attachmentViews, namesOf, toAttachmentViews } from '../files/attachments';
import { publicName } from '../membership/views';
import { countsOf } from '../consultation/counts';
import { voteIdOf } from '../voting/loadVote';
import { evaluationSummary } from './evaluationSummary';
import { isOverdue } from './overdue';

/** How many progress posts the detail screen shows; the newest first. */
const POSTS_SHOWN = 20;

/** Progress posts with their photos, attachments and who posted them, in two reads. */
export async function toProgressViews(ctx: UseCaseContext, posts: ProgressDoc[], kind: CommunityKind): Promise<ProgressView[]> {
  const attachments = posts.flatMap((p) => p.attachments ?? []);
  const [members, urls] = await Promise.all([
    ctx.store.find<MemberDoc>('members', { _id: { $in: [...new Set(posts.map((p) => p.by))] } }),
    ctx.files.urls([...posts.flatMap((p) => p.photos), ...attachments.map((a) => a.fileId)], namesOf(attachments)),
  ]);
  const byId = new Map(members.map((m) => [m._id, m]));
  return posts.map((p) => ({
    id: p._id,
    text: p.text,
    percent: p.percent,
    photos: p.photos.map((id) => ({ id, url: urls[id] ?? '' })),
    attachments: toAttachmentViews(p.attachments, urls),
    byName: publicName(byId.get(p.by), kind),
    at: p.at,
  }));
}

/**
 * What became of the consultation after the talking: the outcome, the vote's verdict, the
 * publication and its objections, carrying it out, the participants' ratings and the archive
 * seal. A handful of small reads, whatever the numbers of opinions, ballots or ratings.
 */
export async function resultSectionOf(
  ctx: UseCaseContext,
  c: ConsultationDoc,
  kind: CommunityKind,
  memberId?: string,
): Promise<ResultSectionView> {
  const section: ResultSectionView = {};
  const [writer, outcomeAttachments, tally, counts, posts, archive] = await Promise.all([
    c.outcome ? ctx.store.get<MemberDoc>('members', c.outcome.by) : Promise.resolve(null),
    attachmentViews(ctx, c.outcome?.attachments),
    c.plan.vote ? ctx.store.get<TallyDoc>('tallies', voteIdOf(c)) : Promise.resolve(null),
    countsOf(ctx.store, c),
    ctx.store.find<ProgressDoc>('progress', { consultationId: c._id }, { sort: [{ field: 'at', dir: 'desc' }], limit: POSTS_SHOWN }),
    ctx.store.get<ArchiveDoc>('archives', c._id),
  ]);
  if (c.outcome) {
    const { text, responsible, dueAt, at } = c.outcome;
    section.outcome = { text, responsible, dueAt, at, writtenByName: publicName(writer ?? undefined, kind), attachments: outcomeAttachments };
  }
  if (tally?.sealed) section.vote = { passed: tally.sealed.decision.passed, explanation: tally.sealed.decision.explanation, round: tally.round };
  if (c.objectionWindowEndsAt !== undefined) {
    section.publication = {
      objectionWindowEndsAt: c.objectionWindowEndsAt,
      windowOpen: c.status === 'publicized' && ctx.now < c.objectionWindowEndsAt,
      objections: { ...counts.objections },
    };
  }
  if (['implementing', 'completed', 'archived'].includes(c.status) || posts.length > 0) {
    const completionBy = c.completion ? await ctx.store.get<MemberDoc>('members', c.completion.by) : null;
    const completionUrls = c.completion ? await ctx.files.urls(c.completion.photos) : {};
    section.implementation = {
      progressPercent: c.progressPercent ?? 0,
      ...(c.outcome ? { dueAt: c.outcome.dueAt } : {}),
      overdue: isOverdue(c, ctx.now),
      posts: await toProgressViews(ctx, posts, kind),
      ...(c.completion
        ? {
            completion: {
              report: c.completion.report,
              photos: c.completion.photos.map((id) => ({ id, url: completionUrls[id] ?? '' })),
              byName: publicName(completionBy ?? undefined, kind),
              at: c.completion.at,
            },
          }
        : {}),
    };
  }
  if (c.evaluationEndsAt !== undefined) section.evaluation = await evaluationSummary(ctx, c, memberId, counts);
  if (archive) section.archive = { hash: archive.hash, sealedAt: archive.sealedAt };
  return section;
}
