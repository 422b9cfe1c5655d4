import { minutesConfirmed, type CommunityKind, type EvaluationSummaryView, type ProgressView, type ResultSectionView, type State } from '@shared';
import { objectionWindow } from '../access/result';
import type { UseCaseContext } from '../context';
import type { ArchiveDoc, ConsultationCounts, ConsultationDoc, MeetingDoc, ProgressDoc, TallyDoc } from '../docs';
import { MINUTES_EDITABLE, publishedMinutes } from '../meeting/minutes';
import { attachmentViews, namesOf, toAttachmentViews } from '../files/attachments';
import { readNamed, type Named } from '../member/named';
import { publicName } from '../member/views';
import { countsOf } from '../consultation/counts';
import { voteIdOf } from '../voting/loadVote';
import { evaluationSummary } from './evaluationSummary';
import { isOverdue } from './overdue';

/** How many progress posts the detail screen shows; the newest first. */
const POSTS_SHOWN = 20;

/** Progress posts with their photos, attachments and who posted them (read with them, unless the caller already read who). */
export async function toProgressViews(ctx: UseCaseContext, posts: ProgressDoc[], kind: CommunityKind, named?: Named): Promise<ProgressView[]> {
  const attachments = posts.flatMap((p) => p.attachments ?? []);
  const [byId, urls] = await Promise.all([
    named ??
      readNamed(
        ctx,
        posts.map((p) => p.by),
      ),
    ctx.files.urls([...posts.flatMap((p) => p.photos), ...attachments.map((a) => a.fileId)], namesOf(attachments)),
  ]);
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

/** The states in which a consultation is being or has been carried out: only they have progress posts. */
const CARRIED_OUT = new Set<State>(['implementing', 'completed', 'archived']);

/** The current round's verdict when the consultation holds a copy of it (see ConsultationDoc.verdict). */
const copiedVerdict = (c: ConsultationDoc) => (c.verdict?.voteId === voteIdOf(c) ? c.verdict : undefined);

/**
 * Whether the current round's tally may be sealed with no copy of its verdict here, so worth
 * reading: its vote was opened and is no longer open (after a vote, or back in consulting after
 * 复议). A record from before the opening was noted counts as opened in any state after the talking.
 */
function tallyWorthReading(c: ConsultationDoc): boolean {
  if (!c.plan.vote || copiedVerdict(c) || ['draft', 'announced', 'voting', 'withdrawn'].includes(c.status)) return false;
  return c.voteOpened === true || (c.voteOpened === undefined && c.status !== 'consulting');
}

/** What the result section is made of, as read. */
export interface ResultFacts {
  counts: ConsultationCounts;
  /** The round's meeting, once the result is published: its confirmed minutes are published with it. */
  meeting: MeetingDoc | null;
  tally: TallyDoc | null;
  posts: ProgressDoc[];
  archive: ArchiveDoc | null;
  evaluation?: EvaluationSummaryView;
}

/**
 * The reads behind the result section, each only in the states that can have it: the sealed
 * tally after a vote (unless its verdict was copied here), progress while and after it is carried out, the seal of an archived record,
 * the ratings once the rating window opened. The counts come with the consultation.
 */
export async function readResult(ctx: UseCaseContext, c: ConsultationDoc, memberId?: string): Promise<ResultFacts> {
  const counts = await countsOf(ctx.store, c);
  const [tally, posts, archive, evaluation, meeting] = await Promise.all([
    tallyWorthReading(c) ? ctx.store.get<TallyDoc>('tallies', voteIdOf(c)) : null,
    CARRIED_OUT.has(c.status)
      ? ctx.store.find<ProgressDoc>('progress', { consultationId: c._id }, { sort: [{ field: 'at', dir: 'desc' }], limit: POSTS_SHOWN })
      : [],
    c.status === 'archived' ? ctx.store.get<ArchiveDoc>('archives', c._id) : null,
    c.evaluationEndsAt !== undefined ? evaluationSummary(ctx, c, memberId, counts) : undefined,
    c.meeting && !MINUTES_EDITABLE.includes(c.status) ? ctx.store.get<MeetingDoc>('meetings', c.meeting.id) : null,
  ]);
  return { counts, tally, posts, archive, meeting, ...(evaluation ? { evaluation } : {}) };
}

/** Whom the result section names: who wrote the outcome, who posted progress, who reported completion. */
export const namedInResult = (c: ConsultationDoc, f: ResultFacts) => [c.outcome?.by, c.completion?.by, ...f.posts.map((p) => p.by)];

/**
 * What became of the consultation after the talking: the outcome, the vote's verdict, the
 * publication and its objections, carrying it out, the participants' ratings and the archive
 * seal — from what was read, whatever the numbers of opinions, ballots or ratings.
 */
export async function resultSectionView(
  ctx: UseCaseContext,
  c: ConsultationDoc,
  kind: CommunityKind,
  f: ResultFacts,
  named: Named,
): Promise<ResultSectionView> {
  const section: ResultSectionView = {};
  const { tally, posts, archive, counts } = f;
  const [outcomeAttachments, completionUrls] = await Promise.all([
    attachmentViews(ctx, c.outcome?.attachments),
    c.completion ? ctx.files.urls(c.completion.photos) : Promise.resolve({} as Record<string, string>),
  ]);
  if (c.outcome) {
    const { text, responsible, dueAt, at } = c.outcome;
    section.outcome = { text, responsible, dueAt, at, writtenByName: publicName(named.get(c.outcome.by), kind), attachments: outcomeAttachments };
  }
  const verdict = copiedVerdict(c);
  if (verdict) section.vote = { passed: verdict.passed, explanation: verdict.explanation, round: verdict.round };
  else if (tally?.sealed) section.vote = { passed: tally.sealed.decision.passed, explanation: tally.sealed.decision.explanation, round: tally.round };
  if (c.objectionWindowEndsAt !== undefined) {
    section.publication = {
      objectionWindowEndsAt: c.objectionWindowEndsAt,
      windowOpen: objectionWindow(ctx, c).ok,
      objections: { ...counts.objections },
    };
  }
  if (CARRIED_OUT.has(c.status)) {
    section.implementation = {
      progressPercent: c.progressPercent ?? 0,
      ...(c.outcome ? { dueAt: c.outcome.dueAt } : {}),
      overdue: isOverdue(c, ctx.now),
      posts: await toProgressViews(ctx, posts, kind, named),
      ...(c.completion
        ? {
            completion: {
              report: c.completion.report,
              photos: c.completion.photos.map((id) => ({ id, url: completionUrls[id] ?? '' })),
              byName: publicName(named.get(c.completion.by), kind),
              at: c.completion.at,
            },
          }
        : {}),
    };
  }
  if (f.evaluation) section.evaluation = f.evaluation;
  if (archive) section.archive = { hash: archive.hash, sealedAt: archive.sealedAt };
  if (f.meeting && minutesConfirmed(f.meeting.minutes)) section.minutes = await publishedMinutes(ctx, f.meeting, c);
  return section;
}

/** The result section on its own, as the public record shows it. */
export async function resultSectionOf(ctx: UseCaseContext, c: ConsultationDoc, kind: CommunityKind, memberId?: string): Promise<ResultSectionView> {
  const facts = await readResult(ctx, c, memberId);
  return resultSectionView(ctx, c, kind, facts, await readNamed(ctx, namedInResult(c, facts)));
}
