import { DAY_MS, VOTE_CLOSE_GRACE_MS, type JointCountRule, type PayloadOf } from '@shared';
import type { AuditDoc, ConsultationDoc } from '../../../../cloudfunctions/core/docs';
import { completePlan, HE_JING, LUO_PING, NOW, openWorld, snapshot, SONG_TAO, WANG, ZHANG, type World } from '../../../support/harness';

/**
 * 跨社区协商: 和平街道's officer 何静 runs one matter across 幸福里社区 and 春风社区. Each community
 * takes part under its own register and board; the votes are counted in each and combined, and
 * the plan's count rule says which decides; the street then follows the outcome up to its deadline.
 */
const GAO = 'demo-gao-feng';
const SONG = 'demo-song-jia';
const LIU = 'demo-liu-yang';
const startsAt = NOW + 14 * DAY_MS;
const closesAt = startsAt + 2 * DAY_MS;
const BOTH = ['demo-xingfuli', 'demo-chunfeng'];

function plan(): PayloadOf<'street', 'street.createJoint'>['plan'] {
  return {
    ...completePlan(14),
    title: '和平路拓宽改造',
    forms: ['online'],
    vote: { question: '同意和平路拓宽方案', rule: 'majority_of_present', scope: { kind: 'residents' }, opensAt: startsAt, closesAt, secret: false },
  };
}
const create = (w: World, countRule: JointCountRule, requestId = `req-joint-${countRule}`, communityIds = BOTH) =>
  w.call(HE_JING, 'street', 'street.createJoint', { requestId, plan: plan(), communityIds, countRule });

/** The vote opens, 幸福里 agrees 4 to 0, 春风 refuses 1 to 2, and the vote closes and is counted. */
async function voteAcross(w: World, jointId: string) {
  await w.tick(startsAt);
  await w.tick(startsAt + 60_000);
  const j = await w.ok(HE_JING, 'street', 'street.joint', { id: jointId });
  const [happy, spring] = j.parts.map((p) => p.consultationId);
  const cast = (openid: string, id: string, choice: 'agree' | 'disagree') =>
    w.ok(openid, 'voting', 'ballot.cast', { consultationId: id, choice }, startsAt + 3_600_000);
  for (const openid of [ZHANG, 'demo-chen-jing', 'demo-huang-li', 'demo-yang-lei']) await cast(openid, happy, 'agree');
  await cast(GAO, spring, 'agree');
  await cast(SONG, spring, 'disagree');
  await cast(LIU, spring, 'disagree');
  await w.tick(closesAt + VOTE_CLOSE_GRACE_MS);
  await w.tick(closesAt + VOTE_CLOSE_GRACE_MS + 60_000);
}

describe('a matter across two communities', () => {
  let w: World;
  beforeEach(async () => {
    w = await openWorld();
  });
  afterEach(() => w.close());

  it('publishes one consultation in each community, on each board, in the street’s name', async () => {
    const before = await w.ok(HE_JING, 'street', 'street.dashboard', {});
    const res = await create(w, 'overall');
    if (!res.ok) throw new Error(res.message);
    const j = res.data;
    expect(j.parts.map((p) => [p.communityName, p.statusLabel])).toEqual([
      ['幸福里社区', '公示中'],
      ['春风社区', '公示中'],
    ]);
    for (const [openid, part] of [
      [ZHANG, j.parts[0]],
      [GAO, j.parts[1]],
    ] as const) {
      const list = await w.ok(openid, 'consultation', 'consultation.list', {});
      expect(list.upcoming.map((c) => c.id)).toContain(part.consultationId);
      const detail = await w.ok(openid, 'consultation', 'consultation.get', { id: part.consultationId });
      expect(detail.consultation.createdByName).toBe('和平街道工作人员');
      expect(detail.consultation.joint).toEqual({ streetName: '和平街道', communityNames: ['幸福里社区', '春风社区'] });
      expect(detail.timeline.map((t) => t.byName)).toEqual(['和平街道工作人员', '和平街道工作人员']);
      // Its birth and its notice are in the community's audit, in the street's name.
      const audit = await w.store.find<AuditDoc>('audit', { entityId: part.consultationId }, { sort: [{ field: 'at', dir: 'asc' }] });
      expect(audit.map((a) => [a.action, a.actor])).toEqual([
        ['consultation.createDraft', { staffId: 's-he-jing', streetName: '和平街道' }],
        ['consultation.publishNotice', { staffId: 's-he-jing', streetName: '和平街道' }],
      ]);
    }
    const board = await w.ok(GAO, 'consultation', 'board.list', { communityId: 'demo-chunfeng' });
    expect(board.items.map((i) => i.title)).toContain('和平路拓宽改造');
    // Each community's residents are told, and only of their own community's part.
    const feed = await w.ok(GAO, 'account', 'feed.list', {});
    expect(feed.items.filter((i) => i.title.includes('和平路拓宽改造')).map((i) => i.consultationId)).toEqual([j.parts[1].consultationId]);
    expect((await w.ok(HE_JING, 'street', 'street.home', {})).joints).toEqual([expect.objectContaining({ id: j.id, overdue: false })]);
    // Counted for the street as each community's own: two more consultations, each 公示中 (a draft never counted would leave one at −1).
    const after = await w.ok(HE_JING, 'street', 'street.dashboard', {});
    expect(after.total.consultations).toBe(before.total.consultations + 2);
    const shown = (d: typeof after) => d.total.byState.find((s) => s.label === '公示中')?.count ?? 0;
    expect(shown(after)).toBe(shown(before) + 2);
  });

  it('counts each community under its own register, combines them, and decides by the plan’s rule', async () => {
    const overall = await create(w, 'overall');
    if (!overall.ok) throw new Error(overall.message);
    await voteAcross(w, overall.data.id);
    const j = await w.ok(LUO_PING, 'street', 'street.joint', { id: overall.data.id });
    expect(j.parts.map((p) => [p.communityName, p.electors, p.counted?.agree, p.counted?.disagree, p.counted?.passed])).toEqual([
      ['幸福里社区', 17, 4, 0, true],
      ['春风社区', 3, 1, 2, false],
    ]);
    expect(j.overall).toMatchObject({ electors: 20, ballots: 7, agree: 5, disagree: 2, passed: true });
    expect(j.passed).toBe(true);
    // The 民政 reader sees what the officer sees, and is offered nothing to write.
    expect(j.can).toEqual({ recordOutcome: false, complete: false });
    expect((await w.ok(HE_JING, 'street', 'street.joint', { id: overall.data.id })).can.recordOutcome).toBe(true);
  });

  it('records the outcome once every part is counted, and flags it overdue past its deadline until completed', async () => {
    const res = await create(w, 'both');
    if (!res.ok) throw new Error(res.message);
    const id = res.data.id;
    const outcome = { id, version: 1, text: '按方案拓宽和平路，两社区各设临时停车点', responsible: '街道城管科', dueAt: closesAt + 30 * DAY_MS };
    expect(await w.call(HE_JING, 'street', 'street.jointOutcome', outcome)).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    await voteAcross(w, id);
    const counted = await w.ok(HE_JING, 'street', 'street.joint', { id }, closesAt + DAY_MS);
    // The same votes as above, under "combined and each community": 春风 did not pass, so the matter did not.
    expect(counted.overall?.passed).toBe(true);
    expect(counted.passed).toBe(false);
    expect(counted.can.recordOutcome).toBe(true);
    expect(await w.call(LUO_PING, 'street', 'street.jointOutcome', outcome, closesAt + DAY_MS)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.call(SONG_TAO, 'street', 'street.jointOutcome', outcome, closesAt + DAY_MS)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const recorded = await w.ok(HE_JING, 'street', 'street.jointOutcome', outcome, closesAt + DAY_MS);
    expect(recorded).toMatchObject({ stateLabel: '落实中', overdue: false, can: { recordOutcome: false, complete: true } });
    expect(await w.call(HE_JING, 'street', 'street.jointOutcome', outcome, closesAt + DAY_MS)).toMatchObject({ ok: false, code: 'WRONG_STATE' });

    const late = outcome.dueAt + DAY_MS;
    expect((await w.ok(LUO_PING, 'street', 'street.home', {}, late)).joints).toEqual([expect.objectContaining({ id, stateLabel: '落实逾期', overdue: true })]);
    expect(await w.call(HE_JING, 'street', 'street.jointComplete', { id, version: 1, report: '已经全部完成' }, late)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    await w.ok(HE_JING, 'street', 'street.jointComplete', { id, version: 2, report: '和平路拓宽已完工并验收' }, late);
    expect((await w.ok(HE_JING, 'street', 'street.home', {}, late)).joints[0]).toMatchObject({ stateLabel: '已落实', overdue: false });
  });

  it('is the same matter when retried, and another street sees nothing of it', async () => {
    const first = await create(w, 'overall', 'req-joint-retry');
    const again = await create(w, 'overall', 'req-joint-retry');
    expect(again).toEqual(first);
    expect(await w.store.count('consultations', { 'plan.title': '和平路拓宽改造' })).toBe(2);
    expect(await w.store.count('joints', {})).toBe(1);
    if (!first.ok) throw new Error(first.message);
    expect(await w.call(SONG_TAO, 'street', 'street.joint', { id: first.data.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await w.ok(SONG_TAO, 'street', 'street.home', {})).joints).toEqual([]);
    // A community's committee runs its own part, not the street's matter.
    expect(await w.call(WANG, 'street', 'street.joint', { id: first.data.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses what cannot span the communities, writing nothing', async () => {
    const before = await snapshot(w.store);
    const bad: [PayloadOf<'street', 'street.createJoint'>, string][] = [
      [{ requestId: 'req-joint-bad-1', plan: plan(), communityIds: ['demo-xingfuli', 'demo-qingshan'], countRule: 'overall' }, 'NOT_FOUND'],
      [
        { requestId: 'req-joint-bad-2', plan: { ...plan(), scope: { kind: 'owners', buildings: ['1号楼'] } }, communityIds: BOTH, countRule: 'overall' },
        'INVALID_INPUT',
      ],
      [
        { requestId: 'req-joint-bad-3', plan: { title: '和平路拓宽改造', categoryId: 'public-welfare-06' }, communityIds: BOTH, countRule: 'overall' },
        'PLAN_INCOMPLETE',
      ],
      [
        {
          requestId: 'req-joint-bad-4',
          plan: { ...plan(), vote: { ...plan().vote!, rule: 'villagers_meeting' } },
          communityIds: BOTH,
          countRule: 'overall',
        },
        'INVALID_INPUT',
      ],
    ];
    for (const [payload, code] of bad) expect(await w.call(HE_JING, 'street', 'street.createJoint', payload)).toMatchObject({ ok: false, code });
    expect(await w.call(LUO_PING, 'street', 'street.createJoint', bad[0][0])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await snapshot(w.store)).toEqual(before);
    expect(await w.store.count('joints', {})).toBe(0);
    expect((await w.store.find<ConsultationDoc>('consultations', { 'plan.title': '和平路拓宽改造' })).length).toBe(0);
  });
});
