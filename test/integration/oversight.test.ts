import { DAY_MS, type OversightFigures, type Period } from '@shared';
import { SETTLED_AFTER_MS } from '../../cloudfunctions/core/counting/marks';
import type { ConsultationDoc, MemberDoc, OversightDoc, ParticipantMarkDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { readOversight } from '../../cloudfunctions/core/oversight/readOversight';
import { recountOversight } from '../../cloudfunctions/core/oversight/recountOversight';
import { recountCommunity } from '../../cloudfunctions/core/recount';
import { completePlan, LI, NOW, openWorld, PNG, registerEntry, WANG, YANG, ZHANG, type World } from '../support/harness';

/**
 * 街道督导: the figures a street officer reads of each community move with the use cases that
 * write the facts — created, moved on, answered, voted, rated, overdue — count each person once
 * per period, never count a retry twice, and always equal a recount from the facts.
 */

const HAPPY = 'demo-xingfuli';
const VILLAGE = 'demo-qingshan';
const ADS = 'c-seed-ads'; // consulting, with a 居民会议 vote of all residents
const LIGHTS = 'c-seed-lights'; // completed in September
const CHEN = 'demo-chen-jing';
const Q4: Period = { year: 2026, quarter: 4 };

let w: World;
let PARKING: string; // announced: opinions open
beforeEach(async () => {
  w = await openWorld();
  PARKING = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
  // The seeded records were written before the counters: the upgrade's recount starts them.
  for (const id of [HAPPY, VILLAGE]) await recountCommunity(w.store, id, NOW);
});
afterEach(() => w.close());

const read = async (period: Period = Q4, at = NOW) => (await readOversight(w.store, [HAPPY], period, at)).communities[0].figures;
/** The kept counters, which must be the recount's: the recount finds nothing drifted. */
const expectKeptIsRecount = async () => expect(await recountOversight(w.store, HAPPY)).toEqual([]);
/** What moved between two reads, zeros left out. */
function moved(before: OversightFigures, after: OversightFigures): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof b === 'number' || typeof a === 'number') {
      const d = ((b as number | null) ?? 0) - ((a as number | null) ?? 0);
      if (d !== 0) out[path] = d;
    } else if (b && typeof b === 'object')
      for (const k of new Set([...Object.keys(a ?? {}), ...Object.keys(b)]))
        walk((a as Record<string, unknown>)?.[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
  };
  walk(before, after, '');
  return out;
}
const memberOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0];
let requestNo = 0;
const req = () => `req-oversight-${String(++requestNo).padStart(4, '0')}`;

describe('the street’s counters', () => {
  it('count a consultation by state, category and form when created, edited and moved on; a retried creation once', async () => {
    const before = await read();
    const requestId = req();
    const [draft] = await Promise.all([1, 2].map(() => w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId, plan: completePlan() })));
    expect(moved(before, await read())).toEqual({ 'byState.draft': 1, 'byCategory.public-welfare-06': 1, 'byForm.meeting': 1, 'byForm.online': 1 });
    // An edit that changes the matter and a form moves them; the state stays.
    const edited = await w.ok(WANG, 'consultation', 'consultation.updateDraft', {
      id: draft.id,
      version: draft.version,
      plan: { ...completePlan(), categoryId: 'services-01', forms: ['meeting', 'written'] },
    });
    expect(moved(before, await read())).toEqual({ 'byState.draft': 1, 'byCategory.services-01': 1, 'byForm.meeting': 1, 'byForm.written': 1 });
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: edited.version });
    expect(moved(before, await read())).toEqual({ 'byState.announced': 1, 'byCategory.services-01': 1, 'byForm.meeting': 1, 'byForm.written': 1 });
    // The street's total is the community's and the village's.
    const both = await readOversight(w.store, [HAPPY, VILLAGE], Q4, NOW);
    expect(both.street.byState.announced).toBe(both.communities[0].figures.byState.announced + both.communities[1].figures.byState.announced);
    await expectKeptIsRecount();
  });

  it('count the draft a suggestion is accepted into, once however many accept it at once', async () => {
    const before = await read();
    const s = (await w.store.find<SuggestionDoc>('suggestions', { communityId: HAPPY, state: 'open' }))[0];
    const accept = { id: s._id, version: s.version, decision: 'accept' as const, text: '列入下月协商', categoryId: 'services-01' };
    const answers = await Promise.all([1, 2].map(() => w.call(WANG, 'suggestion', 'suggestion.triage', accept)));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(moved(before, await read())).toEqual({ 'byState.draft': 1, 'byCategory.services-01': 1 });
    await expectKeptIsRecount();
  });

  it('count opinions received, answered and the median days to answer; a person once a period however often they speak', async () => {
    const before = await read();
    const submit = (openid: string, requestId = req(), at = NOW) =>
      w.ok(
        openid,
        'participation',
        'opinion.submit',
        { consultationId: PARKING, requestId, stance: 'support', text: '建议东侧空地划线停车。', photos: [], channel: 'online' },
        at,
      );
    const requestId = req();
    const [first] = await Promise.all([1, 2, 3].map(() => submit(ZHANG, requestId)));
    await submit(ZHANG);
    const chen = await submit(CHEN);
    const yang = await submit(YANG);
    expect(moved(before, await read())).toEqual({ opinions: 4, participants: 3 });
    // Answered after 3 days, and two together after 5: days 3, 5, 5 → median 5; a second answer of one changes nothing.
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: first.id, decision: 'adopted', reason: '' }, NOW + 3 * DAY_MS);
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: first.id, decision: 'partly', reason: '部分采纳' }, NOW + 4 * DAY_MS);
    const group = { consultationId: PARKING, requestId: req(), opinionIds: [chen.id, yang.id, first.id], decision: 'adopted' as const, reason: '' };
    await Promise.all([1, 2].map(() => w.ok(WANG, 'participation', 'opinion.replyGroup', group, NOW + 5 * DAY_MS)));
    const after = await read();
    expect(moved(before, after)).toMatchObject({ opinions: 4, answered: 3, 'answerDays.3': 1, 'answerDays.5': 2 });
    expect(after.medianAnswerDays).toBe(5);
    // The whole year holds the same; the third quarter none of it.
    expect(moved(await read({ year: 2026, quarter: 3 }), await read({ year: 2026 }))).toMatchObject({ opinions: after.opinions, answered: after.answered });
    await expectKeptIsRecount();
  });

  it('count a voter as the register’s person, a paper ballot for the elector it is for', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    const before = await read();
    // 张伟 spoke first, then voted: the same register entry, one participant.
    await w.ok(ZHANG, 'participation', 'opinion.submit', {
      consultationId: PARKING,
      requestId: req(),
      stance: 'support',
      text: '同意。',
      photos: [],
      channel: 'online',
    });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    expect(moved(before, await read())).toMatchObject({ participants: 1 });
    const photo = await w.files.put(PNG);
    await w.ok(WANG, 'voting', 'ballot.enterPaper', {
      consultationId: ADS,
      electorId: registerEntry('黄丽'),
      choice: 'agree',
      channel: 'paper',
      evidence: [photo],
    });
    expect(moved(before, await read())).toMatchObject({ participants: 2, opinions: 1 });
    // An opinion the committee entered from paper is its author's: 黄丽 took part once already.
    const huang = await memberOf('demo-huang-li');
    await w.ok(WANG, 'participation', 'opinion.recordOnBehalf', {
      consultationId: PARKING,
      requestId: req(),
      memberId: huang._id,
      channel: 'written',
      stance: 'support',
      text: '书面意见：同意。',
      evidence: [photo],
    });
    expect(moved(before, await read())).toMatchObject({ participants: 2, opinions: 2 });
    const marks = await w.store.find<ParticipantMarkDoc>('participantMarks', { communityId: HAPPY, period: '2026-q4' });
    expect(marks.map((m) => m.person).sort()).toEqual([registerEntry('张伟'), registerEntry('黄丽')].sort());
    await expectKeptIsRecount();
  });

  it('count evaluations by score in the month given; a changed rating moves', async () => {
    // The finished matter's rating window reopened, and 张伟 as one who took part.
    await w.store.update('consultations', { _id: LIGHTS }, { set: { evaluationEndsAt: NOW + 10 * DAY_MS } });
    const zhang = await memberOf(ZHANG);
    await w.store.insert('attendance', {
      _id: `${LIGHTS}:${zhang._id}`,
      communityId: HAPPY,
      consultationId: LIGHTS,
      memberId: zhang._id,
      kind: 'participant',
      confirmed: true,
      at: NOW,
      version: 1,
    });
    const before = await read();
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: LIGHTS, score: 4 });
    expect(moved(before, await read())).toEqual({ 'evaluations.4': 1 });
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: LIGHTS, score: 2 }, NOW + DAY_MS);
    expect(moved(before, await read())).toEqual({ 'evaluations.2': 1 });
    await expectKeptIsRecount();
  });

  it('count implementations and suggestions overdue now: flagged once by the scheduler, taken off when done or answered', async () => {
    // The finished matter back to being carried out, its deadline passed.
    await w.store.update('consultations', { _id: LIGHTS }, { set: { status: 'implementing', 'outcome.dueAt': NOW - DAY_MS }, unset: ['completion'] });
    await recountOversight(w.store, HAPPY);
    const before = await read();
    const open = await w.store.find<SuggestionDoc>('suggestions', { communityId: HAPPY, state: 'open' });
    const late = Math.max(...open.map((s) => s.answerDueAt)) + DAY_MS;
    await w.tick(late);
    await w.tick(late + 60_000);
    expect(moved(before, await read(Q4, late))).toMatchObject({ overdueImplementations: 1, overdueSuggestions: open.length });
    const s = (await w.store.get<SuggestionDoc>('suggestions', open[0]._id))!;
    expect(s.overdue).toBe(true);
    await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: s._id, version: s.version, decision: 'decline', text: '不在本社区职责内' }, late);
    await w.ok(LI, 'result', 'implementation.complete', { id: LIGHTS, report: '已全部更换。', photos: [] }, late);
    const after = moved(before, await read(Q4, late));
    expect(after.overdueSuggestions).toBe(open.length - 1);
    // Done: back to what it was.
    expect(after.overdueImplementations).toBeUndefined();
    await expectKeptIsRecount();
  });

  it('know the register’s adults, refreshed by the scheduler once a day', async () => {
    const adults = (await read()).registerAdults;
    expect(adults).toBeGreaterThan(0);
    await w.store.update('oversight', { _id: `${HAPPY}:now` }, { set: { registerAdults: 0 } });
    await w.tick(NOW + DAY_MS);
    expect((await read(Q4, NOW + DAY_MS)).registerAdults).toBe(adults);
  });

  it('are recounted after a request died between its fact and its count', async () => {
    // What the scheduler has due now (the vote that opens) done first: a run that moves the counters marks them anew.
    await w.tick(NOW);
    const before = await read();
    const store = w.store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const update = store.update;
    // The process dies at the oversight count, after the opinion and its marks were written.
    store.update = async (...args: unknown[]) => {
      const inc = (args[2] as { inc?: Record<string, number> }).inc ?? {};
      if (args[0] === 'oversight' && inc['recount.pending'] === -1) throw new Error('killed');
      return update.apply(w.store, args);
    };
    await expect(
      w.ok(ZHANG, 'participation', 'opinion.submit', {
        consultationId: PARKING,
        requestId: req(),
        stance: 'support',
        text: '同意。',
        photos: [],
        channel: 'online',
      }),
    ).rejects.toThrow();
    store.update = update;
    expect(moved(before, await read())).toEqual({});
    const marked = await w.store.find<OversightDoc>('oversight', { 'recount.pending': { $gt: 0 } });
    expect(marked.map((d) => d._id)).toEqual([`${HAPPY}:2026`]);
    const report = await w.tick(NOW + SETTLED_AFTER_MS + 60_000);
    expect(report.recounted.repaired).toBeGreaterThanOrEqual(1);
    expect(moved(before, await read())).toEqual({ opinions: 1, participants: 1 });
    await expectKeptIsRecount();
  });

  it('read a street in the same number of requests at 2 communities × 5 consultations as at 20 × 200', async () => {
    const { countingStore } = await import('../support/countingStore');
    const requestsFor = async (communities: number, consultations: number) => {
      const ids = Array.from({ length: communities }, (_, i) => `street-${communities}-${i}`);
      for (const id of ids) {
        const months = {
          '11': { byState: { consulting: consultations }, opinions: consultations * 3, answered: consultations, answerDays: { '2': consultations } },
        };
        await w.store.insert('oversight', { _id: `${id}:2026`, communityId: id, kind: 'year', year: 2026, months, participants: { q4: consultations } });
        await w.store.insert('oversight', {
          _id: `${id}:now`,
          communityId: id,
          kind: 'now',
          overdueImplementations: 1,
          overdueSuggestions: 0,
          registerAdults: 500,
          adultsOn: '2026-11-21',
        });
        const docs = Array.from({ length: consultations }, (_, k) => ({ _id: `${id}-c${k}`, communityId: id, status: 'consulting', createdAt: NOW, plan: {} }));
        await w.store.insertMany('consultations', docs as unknown as ConsultationDoc[]);
      }
      const counting = countingStore(w.store);
      const { street } = await readOversight(counting, ids, Q4, NOW);
      expect(street.byState.consulting).toBe(communities * consultations);
      expect(street.medianAnswerDays).toBe(2);
      return [...counting.requests.values()].reduce((a, b) => a + b, 0);
    };
    const small = await requestsFor(2, 5);
    const large = await requestsFor(20, 200);
    expect(small).toBe(1);
    expect(large).toBe(small);
  });

  it('refuse a period not yet begun and more communities than a read takes', async () => {
    await expect(readOversight(w.store, [HAPPY], { year: 2027, quarter: 1 }, NOW)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    await expect(readOversight(w.store, many, Q4, NOW)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
