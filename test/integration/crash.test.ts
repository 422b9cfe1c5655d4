import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { recountConsultation } from '../../cloudfunctions/core/consultation/counts';
import type { AttendanceDoc, BallotDoc, ConsultationDoc, CosignDoc, OpinionDoc, SuggestionDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { openNedbStore } from '../../cloudfunctions/core/store/nedb';

/**
 * The power cut, as near as a test gets: the local host (a child process on its own store) is
 * killed with SIGKILL in the middle of a mixed write load — ballots cast and changed, co-signs
 * given and withdrawn, opinions, answers to a notice — then started again on the same files and
 * the scheduler let run. Every write the host acknowledged must be there exactly once, and every
 * count kept of them must equal its recount. Three rounds, each killed at another moment.
 */

jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '../..');
const ADS = 'c-seed-ads'; // the seeded 广告招租 consultation: a 居民会议 vote of all residents
const WANG = 'demo-wang-jianguo';
/** Residents who are electors of the vote; each drives its own writes, one at a time. */
const PEOPLE = ['chen-jing', 'liu-fang', 'huang-li', 'yang-lei', 'zhou-qiang', 'wu-min', 'sun-hong', 'ma-chao', 'zhu-lin', 'hu-bin'].map((p) => `demo-${p}`);
const CHOICES = ['agree', 'disagree', 'abstain'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

interface Host {
  child: ChildProcess;
  url: string;
}

async function startHost(dataDir: string): Promise<Host> {
  const port = await freePort();
  // node itself, with tsx as its loader: a kill reaches the process that holds the store, not a wrapper around it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Ready when it says so on stdout; a host that exits first fails the test with what it said.
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('http://')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    child.once('exit', (code) => reject(new Error(`local host exited (${code}): ${said}`)));
  });
  return { child, url };
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

type Reply = { ok: boolean; code?: string; data?: unknown };
async function call(host: Host, openid: string, fn: string, action: string, payload: object): Promise<Reply> {
  const res = await fetch(`${host.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-persona': openid },
    body: JSON.stringify({ action, payload }),
  });
  return (await res.json()) as Reply;
}

/** What one person's writes left: the last acknowledged state of each thing, and the one in flight at the kill. */
interface Person {
  openid: string;
  ballot: { acked?: string; inFlight?: string };
  cosign: { acked?: boolean; inFlight?: boolean };
  attendance: { acked?: string; inFlight?: string };
  opinions: { acked: string[]; inFlight?: string };
}

/** One person's writes, one at a time, until the host stops answering. */
async function drive(host: Host, p: Person, round: number, suggestionId: string, parking: string, pick: () => number): Promise<void> {
  for (let n = 0; ; n++) {
    const kind = pick() % 4;
    try {
      if (kind === 0) {
        const choice = CHOICES[pick() % 3];
        p.ballot.inFlight = choice;
        const r = await call(host, p.openid, 'voting', 'ballot.cast', { consultationId: ADS, choice });
        if (r.ok) p.ballot.acked = choice;
        p.ballot.inFlight = undefined;
      } else if (kind === 1) {
        const on = pick() % 2 === 0;
        p.cosign.inFlight = on;
        const r = await call(host, p.openid, 'suggestion', 'suggestion.cosign', { id: suggestionId, on });
        if (r.ok) p.cosign.acked = on;
        p.cosign.inFlight = undefined;
      } else if (kind === 2) {
        const answer = (['participant', 'observer', 'absent'] as const)[pick() % 3];
        p.attendance.inFlight = answer;
        const r = await call(host, p.openid, 'participation', 'attendance.set', { consultationId: parking, kind: answer });
        if (r.ok) p.attendance.acked = answer;
        p.attendance.inFlight = undefined;
      } else {
        const text = `崩溃测试意见 ${p.openid} 第${round}轮 ${n}`;
        p.opinions.inFlight = text;
        const requestId = `crash-${round}-${p.openid}-${n}`;
        const r = await call(host, p.openid, 'participation', 'opinion.submit', {
          consultationId: parking,
          requestId,
          stance: 'support',
          text,
          photos: [],
          channel: 'online',
        });
        if (r.ok) p.opinions.acked.push(text);
        p.opinions.inFlight = undefined;
      }
    } catch {
      return; // the host is gone: what was in flight stays recorded as such
    }
  }
}

/** A small seeded generator, so a failing round can be replayed; its low bits cycle, so its high ones are used. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s >>> 16;
  };
}

let dataDir: string;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('keeps every acknowledged write once and every count equal to its recount, however a kill -9 falls', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-crash-'));
  let host = await startHost(dataDir);
  expect(await call(host, WANG, 'voting', 'vote.open', { consultationId: ADS })).toMatchObject({ ok: true });
  // Each resident speaks many times across the rounds: the committee allows the most opinions a person may send.
  const limits = { opinionsPerConsultation: 50, suggestionsPerDay: 5 };
  expect(await call(host, WANG, 'member', 'community.updateSettings', { limits })).toMatchObject({ ok: true });
  const board = (await call(host, 'demo-zhang-wei', 'consultation', 'consultation.list', {})) as { data: { upcoming: { id: string; title: string }[] } };
  const parking = board.data.upcoming.find((c) => c.title.includes('停车位'))!.id;
  const suggestions = (await call(host, 'demo-zhang-wei', 'suggestion', 'suggestion.list', {})) as { data: { items: { id: string; title: string }[] } };
  const benches = suggestions.data.items.find((s) => s.title.includes('座椅'))!.id;
  const people: Person[] = PEOPLE.map((openid) => ({ openid, ballot: {}, cosign: {}, attendance: {}, opinions: { acked: [] } }));
  const pick = generator(16);

  for (let round = 1; round <= 3; round++) {
    const load = Promise.all(people.map((p) => drive(host, p, round, benches, parking, pick)));
    // Killed at another moment each round, with writes of every kind under way.
    await new Promise((resolve) => setTimeout(resolve, 400 + round * 350));
    await stopped(host.child, 'SIGKILL');
    await load;

    host = await startHost(dataDir);
    // Time passes beyond any function's limit, with the scheduler running: it recounts what the kill left marked.
    const passed = (
      await fetch(`${host.url}/demo/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs: 5 * 60_000 }),
      })
    ).status;
    expect(passed).toBe(200);
    await stopped(host.child, 'SIGTERM');
    await expectEveryWriteOnceAndCountsRecounted(dataDir, people, parking, benches);
    for (const p of people) {
      // What was in flight may or may not have landed; from here the store says which.
      p.ballot.inFlight = p.cosign.inFlight = p.attendance.inFlight = p.opinions.inFlight = undefined;
    }
    await settleToStore(dataDir, people, parking, benches);
    host = await startHost(dataDir);
  }
  await stopped(host.child, 'SIGTERM');
  // The load was real: every kind of write was acknowledged, and opinions in every round.
  expect(people.filter((p) => p.ballot.acked).length).toBeGreaterThan(0);
  expect(people.filter((p) => p.cosign.acked).length).toBeGreaterThan(0);
  expect(people.filter((p) => p.attendance.acked).length).toBeGreaterThan(0);
  for (const round of [1, 2, 3]) expect(people.some((p) => p.opinions.acked.some((t) => t.includes(`第${round}轮`)))).toBe(true);
});

async function expectEveryWriteOnceAndCountsRecounted(dir: string, people: Person[], parking: string, benches: string) {
  const store = await openNedbStore(dir);
  try {
    const members = await store.find<{ _id: string; openid: string }>('members', {});
    const idOf = (openid: string) => members.find((m) => m.openid === openid)!._id;
    const ballots = await store.find<BallotDoc>('ballots', { voteId: ADS });
    const cosigns = await store.find<CosignDoc>('cosigns', { suggestionId: benches });
    const answers = await store.find<AttendanceDoc>('attendance', { consultationId: parking });
    const opinions = await store.find<OpinionDoc>('opinions', { consultationId: parking });
    for (const p of people) {
      const id = idOf(p.openid);
      const ballot = ballots.filter((b) => b.castBy === id);
      expect(ballot.length).toBeLessThanOrEqual(1);
      if (p.ballot.acked) expect([p.ballot.acked, p.ballot.inFlight]).toContain(ballot[0]?.choice);
      const signed = cosigns.some((c) => c.memberId === id);
      if (p.cosign.acked !== undefined) expect([p.cosign.acked, p.cosign.inFlight]).toContain(signed);
      const answer = answers.filter((a) => a.memberId === id);
      expect(answer.length).toBeLessThanOrEqual(1);
      if (p.attendance.acked) expect([p.attendance.acked, p.attendance.inFlight]).toContain(answer[0]?.kind);
      const theirs = opinions.filter((o) => o.authorId === id).map((o) => o.text);
      for (const text of p.opinions.acked) expect(theirs.filter((t) => t === text)).toHaveLength(1);
      expect(new Set(theirs).size).toBe(theirs.length);
    }
    const tally = (await store.get<TallyDoc>('tallies', ADS))!;
    const heads = (choice: string) => ballots.filter((b) => b.choice === choice).length;
    expect(tally.counters).toMatchObject({ agree: heads('agree'), disagree: heads('disagree'), abstain: heads('abstain') });
    expect((await store.get<SuggestionDoc>('suggestions', benches))!.cosigns).toBe(cosigns.length);
    expect((await store.get<ConsultationDoc>('consultations', parking))!.counts).toEqual(await recountConsultation(store, parking));
  } finally {
    await store.close();
  }
}

/** After a round, what landed is what each person has: the next round's checks start from the store. */
async function settleToStore(dir: string, people: Person[], parking: string, benches: string) {
  const store = await openNedbStore(dir);
  try {
    const members = await store.find<{ _id: string; openid: string }>('members', {});
    for (const p of people) {
      const id = members.find((m) => m.openid === p.openid)!._id;
      const [ballot] = await store.find<BallotDoc>('ballots', { voteId: ADS, castBy: id });
      p.ballot.acked = ballot?.choice;
      p.cosign.acked = (await store.count('cosigns', { suggestionId: benches, memberId: id })) === 1;
      p.attendance.acked = (await store.get<AttendanceDoc>('attendance', `${parking}:${id}`))?.kind;
    }
  } finally {
    await store.close();
  }
}
