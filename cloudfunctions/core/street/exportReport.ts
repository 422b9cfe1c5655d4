import { fromChinaDateTimeParts, monthKeyOf, monthsOf, periodLabel } from '@shared';
import type { CommunityDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { recordStreetExport } from '../files/fileRecords';
import { readOversight } from '../oversight/readOversight';
import { toFiguresView } from './figures';
import { reportWorkbook } from './reportWorkbook';

/** More matters than a street starts in a year; the sheet says so by its count if it is ever reached. */
const MAX_MATTERS = 5000;

/**
 * 向民政报送: a quarter's or a year's report as an .xlsx workbook — the dashboard's figures per
 * community and for the street, and every matter started in the period with its category, form,
 * dates, outcome and implementation. Either role may make one: it is a reading, not a change.
 * The list reads the period's matters (an export, not a screen); the figures are the counters.
 */
export const exportReport: UseCase<'street', 'street.report'> = async (ctx, { period }) => {
  const { staff, street } = await requireStaff(ctx);
  const communities = await ctx.store.find<CommunityDoc>('communities', { streetId: street._id }, { sort: [{ field: 'name', dir: 'asc' }], limit: 1000 });
  const ids = communities.map((c) => c._id);
  const months = monthsOf(period);
  const from = fromChinaDateTimeParts(`${months[0]}-01`, '00:00');
  const [read, started] = await Promise.all([
    readOversight(ctx.store, ids, period, ctx.now),
    ids.length
      ? ctx.store.find<ConsultationDoc>(
          'consultations',
          { communityId: { $in: ids }, createdAt: { $gte: from } },
          { sort: [{ field: 'createdAt', dir: 'asc' }], limit: MAX_MATTERS },
        )
      : Promise.resolve([]),
  ]);
  const name = new Map(communities.map((c) => [c._id, c.name]));
  const inPeriod = started.filter((c) => months.includes(monthKeyOf(c.createdAt)));
  const title = `${street.name}${periodLabel(period)}城乡社区协商工作情况`;
  const bytes = await reportWorkbook(
    title,
    communities.map((c, i) => ({ name: c.name, figures: toFiguresView(read.communities[i].figures) })),
    { name: '合计', figures: toFiguresView(read.street) },
    inPeriod.map((c) => ({ consultation: c, communityName: name.get(c.communityId) ?? '' })),
  );
  const fileId = await ctx.files.saveDocument(bytes, 'xlsx');
  await recordStreetExport(ctx, { fileId, size: bytes.length }, { staffId: staff._id, streetId: street._id });
  const fileName = `${title}.xlsx`;
  return { fileId, url: (await ctx.files.urls([fileId], { [fileId]: fileName }))[fileId] ?? '', fileName, matters: inPeriod.length };
};
