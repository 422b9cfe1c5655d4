import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BallotDoc, ConsultationDoc, TallyDoc, VoteCounters } from '../../cloudfunctions/core/docs';
import { startLocalHost, type LocalHost } from '../../cloudfunctions/local/server';
import { VOTE_CLOSE_GRACE_MS, type Choice } from '@shared';
import { addLoadMembers } from '../support/loadMembers';
import { NOW, WANG } from '../support/harness';

/** The counters the ballots themselves give: what the live ones must equal, and the sealed ones. */
function recount(ballots: BallotDoc[]): VoteCounters {
  const c: VoteCounters = { agree: 0, disagree: 0, abstain: 0, agreeArea: 0, disagreeArea: 0, abstainArea: 0 };
  for (const b of ballots) {
    c[b.choice!] += 1;
    c[`${b.choice!}Area`] += b.areaHundredths;
  }
  return c;
}

/**
 * 500 electors casting at once through the local host, and 300 more casts — repeats and changes
 * — from the same electors at the same time. Nothing may be lost or doubled: one ballot per
 * elector who cast, live counters equal to a recount, and the sealed tally equal to the recount.
 */
jest.setTimeout(120_000);

let dir: string;
let host: LocalHost;
let now = NOW;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-load-'));
  host = await startLocalHost({ dataDir: dir, demo: true, clock: () => now });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (persona: string, fn: string, action: string, payload: object) =>
  fetch(`${host.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-persona': persona },
    body: JSON.stringify({ action, payload }),
  }).then((r) => r.json() as Promise<{ ok: boolean; code?: string }>);

it('keeps exactly one ballot per elector and a tally equal to the recount', async () => {
  const voters = await addLoadMembers(host.store, 500);
  expect(await call(WANG, 'voting', 'vote.open', { consultationId: 'c-seed-ads' })).toMatchObject({ ok: true });
  const choices: Choice[] = ['agree', 'disagree', 'abstain'];
  const first = voters.map((v, i) => call(v, 'voting', 'ballot.cast', { consultationId: 'c-seed-ads', choice: choices[i % 3] }));
  const again = voters.slice(0, 300).map((v, i) => call(v, 'voting', 'ballot.cast', { consultationId: 'c-seed-ads', choice: choices[(i + (i % 2)) % 3] }));
  const results = await Promise.all([...first, ...again]);

  // Every cast answered; none failed for a reason other than losing a race with its own repeat.
  expect(results.filter((r) => !r.ok && r.code !== 'CONFLICT')).toEqual([]);
  expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(500);
  const ballots = await host.store.find<BallotDoc>('ballots', { consultationId: 'c-seed-ads' });
  expect(ballots).toHaveLength(500);
  expect(new Set(ballots.map((b) => b.electorId)).size).toBe(500);
  const live = (await host.store.get<TallyDoc>('tallies', 'c-seed-ads'))!;
  expect(live.counters).toEqual(recount(ballots));

  now = (await host.store.get<ConsultationDoc>('consultations', 'c-seed-ads'))!.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
  expect(await call(WANG, 'voting', 'vote.close', { consultationId: 'c-seed-ads' })).toMatchObject({ ok: true });
  const sealed = (await host.store.get<TallyDoc>('tallies', 'c-seed-ads'))!;
  expect(sealed.counters).toEqual(recount(ballots));
  expect(sealed.sealed!.decision.turnout).toMatchObject({ heads: 500, headsTotal: 517 });
  expect(sealed.sealed!.decision.agree.heads + sealed.sealed!.decision.disagree.heads + sealed.sealed!.decision.abstain.heads).toBe(500);
});
