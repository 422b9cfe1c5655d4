import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { CHOICE_LABELS, CHOICES, countedBallotText, DAY_MS, VOTE_CLOSE_GRACE_MS, type Choice } from '@shared';
import type { BallotDoc, ConsultationDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { verifyArchive } from '../../cloudfunctions/core/result/verifyArchive';
import { Budget } from '../../cloudfunctions/core/scheduler/budget';
import type { Store } from '../../cloudfunctions/core/store/port';
import { closeRound } from '../../cloudfunctions/core/voting/closeVote';
import { unlinkEarlierVotes } from '../../cloudfunctions/core/voting/unlinkEarlierVotes';
import { openWorld, PNG, registerEntry, WANG, ZHANG, ZHAO, type World } from '../support/harness';
import { killedOnce } from '../support/killedOnce';

/** The seeded 广告招租 consultation: a 居民会议 vote of all residents, its window open at NOW; made secret here. */
const ADS = 'c-seed-ads';
const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const HUANG = 'demo-huang-li';
const MA = 'demo-ma-chao';
/** What 黄丽 writes when she disputes the ballot entered for her: it says her choice in words. */
const DISPUTE = '我选的是反对，录成了同意';

/** Everyone whose choice the vote below records: their register entries (elector ids) and their member ids. */
const VOTERS = ['张伟', '陈静', '刘芳', '黄丽', '马超', '郑华'];
const VOTER_IDS = [...VOTERS.map((name) => registerEntry(name)), 'm-zhang-wei', 'm-chen-jing', 'm-liu-fang', 'm-huang-li', 'm-ma-chao', 'm-yang-lei'];

let w: World;
afterEach(() => w.close());

const doc = async (id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;
const cast = (openid: string, choice: Choice) => w.ok(openid, 'voting', 'ballot.cast', { consultationId: ADS, choice });

async function secretVoteOpen() {
  w = await openWorld();
  await w.store.update('consultations', { _id: ADS }, { set: { 'plan.vote.secret': true } });
  await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
}

/** Online (one of them changed), paper (one waiting, one disputed in words, one given way to the elector's own), and proxy ballots. */
async function ballotsOfEveryKind() {
  const photo = await w.files.put(PNG);
  const enter = (name: string, choice: Choice, proxy = false) =>
    w.ok(WANG, 'voting', 'ballot.enterPaper', {
      consultationId: ADS,
      electorId: registerEntry(name),
      choice,
      evidence: [photo],
      ...(proxy ? { channel: 'proxy' as const, proxyMemberId: 'm-yang-lei', proxyEvidence: [photo] } : { channel: 'paper' as const }),
    });
  await cast(ZHANG, 'agree');
  await cast(ZHANG, 'disagree');
  await cast(CHEN, 'abstain');
  await enter('郑华', 'agree');
  await enter('刘芳', 'disagree', true);
  await w.ok(LIU, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'confirm' });
  await enter('黄丽', 'agree');
  await w.ok(HUANG, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: DISPUTE });
  await enter('马超', 'abstain');
  await w.ok(MA, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '不是我的意思' });
  await cast(MA, 'agree');
}

/**
 * Every line of every collection's file on disk (nedb keeps one document version per line) that
 * names a voter together with a choice: a `choice` field, a choice's value, or the dispute's words.
 */
async function linksOnDisk(): Promise<string[]> {
  const found: string[] = [];
  for (const file of (await readdir(w.dir)).filter((f) => f.endsWith('.db'))) {
    const text = await readFile(path.join(w.dir, file), 'utf8');
    if (text.includes(DISPUTE)) found.push(`${file}: the dispute's words`);
    for (const line of text.split('\n').filter(Boolean)) {
      if (!VOTER_IDS.some((id) => line.includes(id))) continue;
      if (/"choice"/.test(line) || CHOICES.some((c) => line.includes(`"${c}"`))) found.push(`${file}: ${line.slice(0, 120)}`);
    }
  }
  return found;
}

/** The tally's versions on disk: while the vote is open each cast leaves its counters there, in the order of the casts. */
async function tallyVersionsOnDisk(): Promise<string[]> {
  const text = await readFile(path.join(w.dir, 'tallies.db'), 'utf8');
  const versions = text
    .split('\n')
    .filter((l) => l.includes(`"_id":"${ADS}"`))
    .map((l) => JSON.stringify((JSON.parse(l) as TallyDoc).counters));
  return [...new Set(versions)];
}

/** The totals the ballots give while they still say what they chose. */
async function totalsOfBallots(): Promise<Record<Choice, number>> {
  const ballots = await w.store.find<BallotDoc>('ballots', { voteId: ADS });
  return Object.fromEntries(CHOICES.map((c) => [c, ballots.filter((b) => b.choice === c).length])) as Record<Choice, number>;
}

const closedAt = async () => (await doc(ADS)).plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;

/** From the sealed vote to 一事一档: outcome, publication, the objection window, carrying it out, the seal. */
async function archived(at: number) {
  const written = await w.ok(
    WANG,
    'result',
    'outcome.write',
    { id: ADS, version: (await doc(ADS)).version, text: '收益用于健身器材', responsible: '社区居委会', dueAt: at + 30 * DAY_MS },
    at,
  );
  await w.ok(WANG, 'result', 'result.publish', { id: ADS, version: written.consultation.version }, at);
  const later = at + 8 * DAY_MS;
  await w.tick(later);
  await w.ok(WANG, 'result', 'implementation.start', { id: ADS }, later);
  await w.ok(WANG, 'result', 'implementation.complete', { id: ADS, report: '器材已安装', photos: [] }, later);
  await w.ok(WANG, 'result', 'archive.seal', { id: ADS }, later);
  return later;
}

describe('a secret vote at rest', () => {
  it('keeps who took part and the sealed totals, and nowhere on disk who chose what, once sealed', async () => {
    await secretVoteOpen();
    await ballotsOfEveryKind();
    // While it is open the link exists, for a voter to change their ballot: the files show it.
    expect(await linksOnDisk()).not.toEqual([]);
    expect((await tallyVersionsOnDisk()).length).toBeGreaterThan(1);
    const totals = await totalsOfBallots();

    const at = await closedAt();
    await w.tick(at);
    expect((await doc(ADS)).status).toBe('deliberated');
    expect(await linksOnDisk()).toEqual([]);
    const tally = (await w.store.get<TallyDoc>('tallies', ADS))!;
    expect(await tallyVersionsOnDisk()).toEqual([JSON.stringify(tally.counters)]);
    expect(tally).toMatchObject({ status: 'sealed', unlinkedAt: at, counters: { agree: totals.agree, disagree: totals.disagree, abstain: totals.abstain } });
    expect(tally.unlinking).toBeUndefined();

    // Who took part stays: one ballot per elector, by channel, with no choice.
    const ballots = await w.store.find<BallotDoc>('ballots', { voteId: ADS });
    expect(ballots.map((b) => b.electorId).sort()).toEqual(VOTERS.map((name) => registerEntry(name)).sort());
    expect(ballots.every((b) => b.choice === undefined && b.entry?.note === undefined)).toBe(true);
    const committee = await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, at);
    expect(committee.result).toMatchObject({ agree: { heads: totals.agree }, disagree: { heads: totals.disagree }, abstain: { heads: totals.abstain } });
    const mine = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS }, at);
    expect(mine.me.ballot).toMatchObject({ channelLabel: '网上' });
    expect(mine.me.ballot?.choice).toBeUndefined();
    const said = countedBallotText(mine.me.ballot!);
    expect(said).toContain('您参加了本次表决');
    for (const label of Object.values(CHOICE_LABELS)) expect(said).not.toContain(label);

    // The dossier lists who took part and the sealed totals, and its seal verifies from the store.
    const sealedAt = await archived(at);
    expect(await verifyArchive(w.store, ADS)).toMatchObject({ status: 'intact' });
    const out = await w.ok(ZHAO, 'result', 'archive.export', { id: ADS }, sealedAt);
    const book = new Workbook();
    await book.xlsx.readFile(w.files.pathOf(out.xlsxFileId)!);
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1).map(String));
    expect(rows('选票').map((r) => r[2])).toEqual(VOTERS.map(() => '不记名'));
    expect(
      rows('选票')
        .map((r) => r[1].replace(/（.*/, ''))
        .sort(),
    ).toEqual([...VOTERS].sort());
    expect(rows('计票结果')[0].slice(4, 7)).toEqual([`${totals.agree}人`, `${totals.disagree}人`, `${totals.abstain}人`]);
    expect(await linksOnDisk()).toEqual([]);
  }, 30_000);

  it('finishes unlinking on the next run when a run is killed in the middle of it', async () => {
    await secretVoteOpen();
    await ballotsOfEveryKind();
    const at = await closedAt();
    const system = (store: Store) => ({ ...w.services, store, now: at });
    const read = async () => ({ c: await doc(ADS), t: (await w.store.get<TallyDoc>('tallies', ADS))! });

    // Killed after the seal, at the ballots' update: sealed, marked, and the consultation waits in voting.
    let { c, t } = await read();
    const beforeStripping = killedOnce(w.store, 'update', 'ballots', 'function killed before the ballots');
    await expect(closeRound(system(beforeStripping), 'system', c, t, Budget.unlimited())).rejects.toThrow('killed');
    ({ c, t } = await read());
    expect(t).toMatchObject({ status: 'sealed', unlinking: { startedAt: at } });
    expect(c.status).toBe('voting');

    // Killed again after the ballots forgot their choices, before the files were rewritten: the old lines still hold them.
    const beforeCompacting: Store = { ...w.store, compact: () => Promise.reject(new Error('function killed while compacting')) };
    await expect(closeRound(system(beforeCompacting), 'system', c, t, Budget.unlimited())).rejects.toThrow('killed');
    expect(await w.store.count('ballots', { voteId: ADS, choice: { $in: [...CHOICES] } })).toBe(0);
    expect(await linksOnDisk()).not.toEqual([]);
    expect((await read()).c.status).toBe('voting');

    // The scheduler's next run finishes it and moves the consultation on, once.
    await w.tick(at);
    ({ c, t } = await read());
    expect(c.status).toBe('deliberated');
    expect(t.unlinking).toBeUndefined();
    expect(t.unlinkedAt).toBe(at);
    expect(await linksOnDisk()).toEqual([]);
    expect(await w.store.count('audit', { entityId: ADS, action: 'consultation.closeVote' })).toBe(1);
  }, 30_000);

  it('leaves a recorded (not secret) vote’s choices on its ballots', async () => {
    w = await openWorld();
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await cast(ZHANG, 'agree');
    const at = await closedAt();
    await w.tick(at);
    expect((await w.store.get<BallotDoc>('ballots', `${ADS}:${registerEntry('张伟')}`))!.choice).toBe('agree');
    const mine = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS }, at);
    expect(countedBallotText(mine.me.ballot!)).toBe('您的表决：同意（网上）');
    expect((await w.store.get<TallyDoc>('tallies', ADS))!.unlinkedAt).toBeUndefined();
  });
});

describe('secret votes sealed by an earlier version', () => {
  /** Sealed as before unlinking existed: the tally counted as a recorded one, then secret again, its ballots with their choices. */
  async function sealedTheOldWay() {
    await secretVoteOpen();
    await ballotsOfEveryKind();
    await w.store.update('tallies', { _id: ADS }, { set: { secret: false } });
    const at = await closedAt();
    await w.tick(at);
    await w.store.update('tallies', { _id: ADS }, { set: { secret: true } });
    expect(await linksOnDisk()).not.toEqual([]);
    return at;
  }

  it('lose their choices at the upgrade, once, the scheduler having moved on', async () => {
    const at = await sealedTheOldWay();
    expect((await doc(ADS)).status).toBe('deliberated');
    expect(await unlinkEarlierVotes(w.store, at)).toEqual({ unlinked: 1, archived: [] });
    expect(await linksOnDisk()).toEqual([]);
    expect((await w.store.get<TallyDoc>('tallies', ADS))!).toMatchObject({ status: 'sealed', unlinkedAt: at });
    expect(await unlinkEarlierVotes(w.store, at + 1)).toEqual({ unlinked: 0, archived: [] });
  }, 30_000);

  it('are left as their archive sealed them, which still verifies', async () => {
    const at = await sealedTheOldWay();
    const sealedAt = await archived(at);
    expect(await unlinkEarlierVotes(w.store, sealedAt)).toEqual({ unlinked: 0, archived: [ADS] });
    expect(await verifyArchive(w.store, ADS)).toMatchObject({ status: 'intact' });
    expect(await w.store.count('ballots', { voteId: ADS, choice: { $in: [...CHOICES] } })).toBe(VOTERS.length);
  }, 30_000);
});
