import { buildingKey, DomainError, OPINION_LIMITS, STATE_LABELS } from '@shared';
import type { OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireReader } from '../access/requireMember';
import type { Filter } from '../store/port';
import { countsOf, opinionCounts } from '../consultation/counts';
import { toOpinionViews, viewerOf, visibleTo } from './views';
import { isReplyable } from './window';

const PAGE = OPINION_LIMITS.pageSize;

/**
 * A consultation's opinions in one call: the counts (kept on the consultation) and one page, newest first.
 * The public sees opinions that passed the check, by stance, with masked names; the committee
 * sees everything and filters by unanswered, channel, building and the opinions of a theme. Reads stay one page however
 * many opinions there are.
 */
export const listOpinions: UseCase<'participation', 'opinion.list'> = async (ctx, input) => {
  const who = await requireReader(ctx);
  const consultation = await loadConsultation(ctx, input.consultationId, who);
  const viewer = viewerOf(who);
  const page = input.page ?? 0;
  const filter: Filter = { ...visibleTo(viewer.isCommittee, consultation._id), ...(input.stance ? { stance: input.stance } : {}) };
  const committeeFilters = input.unanswered !== undefined || input.channel !== undefined || input.building !== undefined || input.ids !== undefined;
  if (committeeFilters && !viewer.isCommittee) {
    throw new DomainError('FORBIDDEN', '只有委员会可以按答复情况、渠道、楼栋或归纳主题筛选');
  }
  if (viewer.isCommittee) {
    if (input.unanswered) filter.answered = false;
    if (input.channel) filter.channel = input.channel;
    if (input.building) filter.buildingKey = buildingKey(input.building);
    if (input.ids) filter._id = { $in: input.ids };
  }
  const [counts, docs] = await Promise.all([
    countsOf(ctx.store, consultation),
    ctx.store.find<OpinionDoc>('opinions', filter, { sort: [{ field: 'createdAt', dir: 'desc' }], skip: page * PAGE, limit: PAGE + 1 }),
  ]);
  return {
    consultation: { id: consultation._id, title: consultation.plan.title, statusLabel: STATE_LABELS[consultation.status] },
    viewer: viewer.isCommittee ? 'committee' : 'public',
    counts: opinionCounts(counts, viewer.isCommittee),
    opinions: await toOpinionViews(ctx, docs.slice(0, PAGE), viewer, () => isReplyable(consultation)),
    page,
    pageSize: PAGE,
    hasMore: docs.length > PAGE,
  };
};
