import { DomainError, STATE_LABELS, type BoardItemView, type State } from '@shared';
import { toCommunityView } from '../communityView';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc, ProgressDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { isOverdue } from '../result/overdue';

const PAGE = 20;
/** What the 公示栏 shows of a consultation, by its state. */
const ON_BOARD: Partial<Record<State, string>> = {
  announced: '协商公告',
  publicized: '结果公示',
  effective: '结果生效',
  implementing: '落实中',
  completed: '落实完成',
  archived: '已归档',
};

/** The community whose board to show: the caller's own, or one named (from a shared link or QR code). */
async function boardCommunity(ctx: UseCaseContext, communityId?: string): Promise<CommunityDoc> {
  const id = communityId ?? (await findMember(ctx))?.community._id;
  const community = id ? await ctx.store.get<CommunityDoc>('communities', id) : null;
  if (!community) throw new DomainError('NOT_FOUND', '请先加入社区，或从社区分享的链接进入公示栏');
  return community;
}

/**
 * 公示栏 (村务公开): notices, results on display, effective results, progress reports and completed
 * matters of the community, newest first. Open to anyone, member or not: it is public.
 */
export const listBoard: UseCase<'consultation', 'board.list'> = async (ctx, { communityId, page = 0 }) => {
  const community = await boardCommunity(ctx, communityId);
  const [consultations, posts] = await Promise.all([
    ctx.store.find<ConsultationDoc>(
      'consultations',
      { communityId: community._id, status: { $in: Object.keys(ON_BOARD) } },
      { sort: [{ field: 'updatedAt', dir: 'desc' }], limit: (page + 1) * PAGE + 1 },
    ),
    ctx.store.find<ProgressDoc>('progress', { communityId: community._id }, { sort: [{ field: 'at', dir: 'desc' }], limit: (page + 1) * PAGE + 1 }),
  ]);
  const titles = new Map(consultations.map((c) => [c._id, c.plan.title]));
  const overdue = new Set(consultations.filter((c) => isOverdue(c, ctx.now)).map((c) => c._id));
  const items: BoardItemView[] = [
    ...consultations.map((c) => ({
      consultationId: c._id,
      title: c.plan.title,
      kindLabel: ON_BOARD[c.status]!,
      statusLabel: STATE_LABELS[c.status],
      overdue: overdue.has(c._id),
      at: c.updatedAt,
      summary: c.outcome?.text ?? c.plan.background ?? '',
    })),
    ...posts
      .filter((p) => titles.has(p.consultationId))
      .map((p) => ({
        consultationId: p.consultationId,
        title: titles.get(p.consultationId)!,
        kindLabel: '落实进展',
        statusLabel: `进度 ${p.percent}%`,
        overdue: overdue.has(p.consultationId),
        at: p.at,
        summary: p.text,
      })),
  ].sort((a, b) => b.at - a.at);
  return {
    community: toCommunityView(community),
    items: items.slice(page * PAGE, (page + 1) * PAGE),
    page,
    hasMore: items.length > (page + 1) * PAGE,
  };
};
