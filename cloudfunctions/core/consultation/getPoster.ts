import { DomainError, formatChinaTime, scopeLabel, STATE_LABELS, type CommunityKind, type PosterView } from '@shared';
import type { ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { matterOf } from '../catalogue/communityCatalogue';
import { loadConsultation } from './loadConsultation';
import { formLabels } from './views';

/** Enough of the background to read standing at a notice board; the code opens the rest. */
const SUMMARY_MAX = 300;

function summaryOf(background: string | undefined): string {
  const chars = [...(background ?? '').trim()];
  return chars.length <= SUMMARY_MAX ? chars.join('') : `${chars.slice(0, SUMMARY_MAX - 1).join('')}…（扫码查看全文）`;
}

function linesOf(c: ConsultationDoc, kind: CommunityKind): PosterView['lines'] {
  const { plan } = c;
  const lines: PosterView['lines'] = [];
  const add = (label: string, value: string | undefined) => value && lines.push({ label, value });
  const { startsAt, endsAt } = plan.schedule ?? {};
  if (startsAt !== undefined) add('协商时间', endsAt === undefined ? formatChinaTime(startsAt) : `${formatChinaTime(startsAt)} 至 ${formatChinaTime(endsAt)}`);
  add('协商地点', plan.place);
  add('主持人', plan.host);
  add('协商形式', formLabels(plan).join('、'));
  add('参与对象', plan.participantsNote || scopeLabel(plan.scope, kind));
  if (plan.vote) add('表决时间', `${formatChinaTime(plan.vote.opensAt)} 至 ${formatChinaTime(plan.vote.closesAt)}`);
  if (c.objectionWindowEndsAt) add('公示截止', formatChinaTime(c.objectionWindowEndsAt));
  return lines;
}

/**
 * 打印公告: what the committee posts on the physical notice board — the notice and a code that
 * opens the consultation in WeChat (a QR code of the H5 page on the local host). Only a published
 * notice has a poster: a draft is not yet public.
 */
export const getPoster: UseCase<'consultation', 'notice.poster'> = async (ctx, { id }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, id, who);
  if (c.noticePublishedAt === undefined || c.status === 'withdrawn') throw new DomainError('WRONG_STATE', '公告发布后才能打印');
  const code = await ctx.shareCodes.forConsultation(c._id, c.communityId);
  return {
    consultationId: c._id,
    communityName: who.community.name,
    title: c.plan.title,
    statusLabel: STATE_LABELS[c.status],
    categoryName: matterOf(c)?.itemName ?? '',
    summary: summaryOf(c.plan.background),
    lines: linesOf(c, who.community.kind),
    issuedAt: c.noticePublishedAt,
    issuer: `${who.community.name}${who.community.kind === 'village' ? '村民委员会' : '居民委员会'}`,
    code,
  };
};
