import { floorOf, REPLY_LABELS, STANCE_LABELS, type FigureView, type OpinionThemesView, type ReplyDecision, type Stance } from '@shared';
import type { OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { PARKING_OPINIONS } from '../../../fixtures/parkingOpinions';
import { campaignIds, writeParkingOpinions } from '../../../support/parkingThemes';
import { afterRead, consultation, parkingId } from '../arrange';

/**
 * opinion.themes (意见归纳): a consultation's opinions as themes, groups of copies, the split by place
 * and a drafted summary whose every figure is the opinions behind it. On the 300 parking opinions
 * written for it, part of them answered by a reply to a theme and one on its own.
 */
let w: World;
let id: string;
let view: OpinionThemesView;
const opinions = new Map<string, OpinionDoc>();

beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  await writeParkingOpinions(w.store, await consultation(w, id), Date.UTC(2026, 10, 20));
  const first = await w.ok(WANG, 'participation', 'opinion.themes', { consultationId: id });
  const [heaviest, next] = first.themes;
  await w.ok(WANG, 'participation', 'opinion.replyGroup', {
    consultationId: id,
    requestId: 'req-themes-0001',
    opinionIds: heaviest.opinionIds,
    decision: 'partly',
    reason: '月租调整待公开停车收支后由业主大会决定',
  });
  const nextDocs = await w.store.find<OpinionDoc>('opinions', { _id: { $in: next.opinionIds } });
  const objection = nextDocs.find((o) => o.stance === 'oppose')!._id;
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: objection, decision: 'rejected', reason: '消防通道不得停车，已安排巡查' });
  view = await w.ok(WANG, 'participation', 'opinion.themes', { consultationId: id });
  for (const o of await w.store.find<OpinionDoc>('opinions', { consultationId: id })) opinions.set(o._id, o);
});
afterAll(() => w.close());

it('is refused to a resident', async () => {
  expect(await w.call(ZHANG, 'participation', 'opinion.themes', { consultationId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(WANG, 'participation', 'opinion.themes', { consultationId: id }))).toEqual({ changed: false, audit: [], news: [] });
});

it('counts each theme by its own opinions: number, people, stances and what still waits', () => {
  expect(view.themes.length).toBeGreaterThanOrEqual(4);
  for (const t of view.themes) {
    const docs = t.opinionIds.map((o) => opinions.get(o)!);
    expect(t.count).toBe(docs.length);
    expect(t.people).toBe(new Set(docs.map((d) => d.authorId)).size);
    expect(t.unanswered).toBe(docs.filter((d) => !d.answered).length);
    for (const s of Object.keys(t.stances) as Stance[]) expect(t.stances[s]).toBe(docs.filter((d) => d.stance === s).length);
  }
  expect(view.themes[0].unanswered).toBe(0);
  expect(view.total.n).toBe(300);
});

it('shows the 40 copies once, as one group with their count', () => {
  const group = view.groups.find((g) => g.count === 40)!;
  expect([...group.opinionIds].sort()).toEqual(
    campaignIds()
      .map((o) => `${id}-${o}`)
      .sort(),
  );
  expect(group.text).toBe(opinions.get(group.opinionIds[0])!.text);
});

it('splits the stances by building, unit and floor over every opinion', () => {
  const sum = (rows: { total: number }[]) => rows.reduce((n, r) => n + r.total, 0);
  expect(sum(view.places.buildings)).toBe(300);
  expect(sum(view.places.units)).toBe(300);
  expect(sum(view.places.floors)).toBe(300);
  const groundFloor = PARKING_OPINIONS.filter((o) => floorOf(o.room) === 1);
  expect(view.places.floors.find((r) => r.label === '1层')).toMatchObject({
    total: groundFloor.length,
    stances: { oppose: groundFloor.filter((o) => o.stance === 'oppose').length },
  });
});

/** What the words just before a figure say it counts: a stance, an answer, or those still waiting. */
function named(before: string): { stance?: Stance; decision?: ReplyDecision; waiting?: true } {
  const stance = (Object.keys(STANCE_LABELS) as Stance[]).find((s) => before.endsWith(`${STANCE_LABELS[s]} `));
  if (stance) return { stance };
  // 不采纳 and 部分采纳 end as 采纳 does: the longer words first.
  const decision = (['partly', 'rejected', 'adopted'] as ReplyDecision[]).find((d) => before.endsWith(`${REPLY_LABELS[d]} `));
  if (decision) return { decision };
  return before.endsWith('尚未答复 ') ? { waiting: true } : {};
}

it('drafts a summary whose every figure equals the opinions behind it, and counts what its words say', () => {
  const figures: { figure: FigureView; before: string }[] = [];
  for (const paragraph of view.summary) {
    paragraph.forEach((part, i) => {
      if ('figure' in part) figures.push({ figure: part.figure, before: (paragraph[i - 1] as { text?: string } | undefined)?.text ?? '' });
    });
  }
  expect(figures.length).toBeGreaterThan(20);
  for (const { figure, before } of figures) {
    const docs = figure.opinionIds.map((o) => opinions.get(o)!);
    expect(docs.every((d) => d && d.consultationId === id && d.moderation === 'visible')).toBe(true);
    expect(figure.n).toBe(figure.counts === 'people' ? new Set(docs.map((d) => d.authorId)).size : docs.length);
    const says = named(before);
    if (says.stance) expect(docs.every((d) => d.stance === says.stance)).toBe(true);
    if (says.decision) expect(docs.every((d) => d.reply?.decision === says.decision)).toBe(true);
    if (says.waiting) expect(docs.every((d) => !d.answered)).toBe(true);
  }
});

it('opens the summary with every opinion, then each theme by weight with all of its opinions', () => {
  const firstFigure = (p: OpinionThemesView['summary'][number]) => p.find((part) => 'figure' in part) as { figure: FigureView };
  expect(firstFigure(view.summary[0]).figure.opinionIds.sort()).toEqual([...opinions.keys()].sort());
  view.themes.forEach((t, i) => {
    expect(firstFigure(view.summary[i + 1]).figure.opinionIds).toEqual(t.opinionIds);
    expect((view.summary[i + 1][0] as { text: string }).text).toContain(t.label);
  });
});
