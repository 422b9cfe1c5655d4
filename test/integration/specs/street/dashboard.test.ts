import { Workbook } from 'exceljs';
import type { CommunityDoc, ConsultationDoc } from '../../../../cloudfunctions/core/docs';
import { recountOversight } from '../../../../cloudfunctions/core/oversight/recountOversight';
import type { CountingStore } from '../../../support/countingStore';
import { HE_JING, LUO_PING, NOW, openWorld, SONG_TAO, type World } from '../../../support/harness';

/**
 * 街道督导: the street's dashboard reads each community's counters in one call whose database
 * requests do not grow with communities or consultations, and the report to 民政 carries the same
 * figures, and the period's matters, in an .xlsx workbook.
 */
let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

const Q4 = { year: 2026, quarter: 4 };
const requestsOf = async (call: () => Promise<unknown>) => {
  const store = w.store as CountingStore;
  store.reset();
  await call();
  return [...store.requests.values()].reduce((a, b) => a + b, 0);
};

/** 18 more communities under 和平街道, each with 200 consultations this quarter, counted as an upgrade counts them. */
async function growStreet() {
  const [model] = await w.store.find<CommunityDoc>('communities', { _id: 'demo-chunfeng' });
  const [matter] = await w.store.find<ConsultationDoc>('consultations', { communityId: 'demo-xingfuli', status: 'announced' }, { limit: 1 });
  for (let i = 0; i < 18; i++) {
    const id = `cm-grown-${i}`;
    await w.store.insert<CommunityDoc>('communities', { ...model, _id: id, name: `新建社区${String(i).padStart(2, '0')}`, inviteCode: `GROWN${i}` });
    const docs = Array.from({ length: 200 }, (_, n) => ({ ...matter, _id: `${id}-c${n}`, communityId: id, createdAt: NOW - n * 60_000 }));
    await w.store.insertMany('consultations', docs);
    await recountOversight(w.store, id);
  }
}

describe('the street’s dashboard', () => {
  it('shows each community’s figures and the street’s total, to either role, and nothing of another street', async () => {
    const d = await w.ok(HE_JING, 'street', 'street.dashboard', {});
    expect(d.period).toEqual({ ...Q4, label: '2026年第四季度' });
    expect(d.periods.map((p) => p.label)).toEqual(['2026年第四季度', '2026年第三季度', '2026年第二季度', '2026年第一季度', '2026年', '2025年']);
    expect(d.communities.map((c) => c.name)).toEqual(['幸福里社区', '春风社区'].sort());
    const happy = d.communities.find((c) => c.name === '幸福里社区')!.figures;
    expect(happy.registerAdults).toBe(17);
    expect(d.total.consultations).toBe(d.communities.reduce((n, c) => n + c.figures.consultations, 0));
    expect(d.total.participants).toBe(d.communities.reduce((n, c) => n + c.figures.participants, 0));
    expect(d.total.registerAdults).toBe(20);
    const read = await w.ok(LUO_PING, 'street', 'street.dashboard', { period: Q4 });
    expect({ ...read, me: d.me }).toEqual(d);
    expect(read.me).toMatchObject({ mayAct: false });
    const town = await w.ok(SONG_TAO, 'street', 'street.dashboard', {});
    expect(town.communities.map((c) => c.name)).toEqual(['青山村']);
  });

  it('loads in one call whose database requests stay the same at 20 communities × 200 consultations', async () => {
    const small = await requestsOf(() => w.ok(HE_JING, 'street', 'street.dashboard', { period: Q4 }));
    await growStreet();
    let big: Awaited<ReturnType<typeof w.ok<'street', 'street.dashboard'>>> | undefined;
    const large = await requestsOf(async () => {
      big = await w.ok(HE_JING, 'street', 'street.dashboard', { period: Q4 });
    });
    expect(big!.communities).toHaveLength(20);
    expect(big!.communities.filter((c) => c.name.startsWith('新建社区')).every((c) => c.figures.consultations === 200)).toBe(true);
    expect(big!.total.consultations).toBeGreaterThanOrEqual(3600);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });

  it('refuses a period that has not begun', async () => {
    expect(await w.call(HE_JING, 'street', 'street.dashboard', { period: { year: 2027, quarter: 1 } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('the quarterly report to 民政', () => {
  it('opens as a workbook with the dashboard’s numbers per community and the quarter’s matters', async () => {
    const d = await w.ok(HE_JING, 'street', 'street.dashboard', { period: Q4 });
    const report = await w.ok(LUO_PING, 'street', 'street.report', { period: Q4 });
    expect(report.fileName).toBe('和平街道2026年第四季度城乡社区协商工作情况.xlsx');
    const book = new Workbook();
    await book.xlsx.load((await w.files.read(report.fileId)) as unknown as ArrayBuffer);
    const summary = book.getWorksheet('汇总')!;
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    const byName = new Map(rows.map((r) => [r[1], r]));
    for (const c of [...d.communities.map((x) => ({ name: x.name, f: x.figures })), { name: '合计', f: d.total }]) {
      const row = byName.get(c.name)!;
      expect([row[2], row[6], row[7], row[8], row[9], row[10], row[13], row[15]]).toEqual([
        c.f.consultations,
        c.f.participants,
        c.f.registerAdults,
        c.f.participationText,
        c.f.opinions,
        c.f.answered,
        c.f.overdueImplementations,
        c.f.evaluations,
      ]);
    }
    const matters = book.getWorksheet('协商事项清单')!;
    const quarterStart = Date.UTC(2026, 8, 30, 16, 0);
    const expected = await w.store.find<ConsultationDoc>('consultations', {
      communityId: { $in: ['demo-xingfuli', 'demo-chunfeng'] },
      createdAt: { $gte: quarterStart },
    });
    expect(matters.rowCount - 1).toBe(expected.length);
    expect(report.matters).toBe(expected.length);
    const titles = matters.getColumn(2).values.slice(2);
    expect([...titles].sort()).toEqual(expected.map((c) => c.plan.title).sort());
  });

  it('is the street’s: a member of a community, even its committee, cannot open it', async () => {
    const report = await w.ok(HE_JING, 'street', 'street.report', { period: { year: 2026 } });
    const { fileAccess } = await import('../../../../cloudfunctions/core/files/fileAccess');
    expect(await fileAccess(w.store, report.fileId, LUO_PING)).toMatchObject({ ok: true });
    expect(await fileAccess(w.store, report.fileId, 'demo-wang-jianguo')).toMatchObject({ ok: false, status: 403 });
    expect(await fileAccess(w.store, report.fileId, SONG_TAO)).toMatchObject({ ok: false, status: 403 });
  });
});
