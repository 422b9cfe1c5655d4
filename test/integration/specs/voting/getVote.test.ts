import { openWorld, VISITOR, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.get (表决): the question, the rule in words, my ballot and the running totals, for any member who may read it. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
  await openAds(w);
  await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'abstain' });
});
afterAll(() => w.close());

it('shows an elector the open vote, their own ballot and the live totals', async () => {
  const view = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS });
  expect(view.vote).toMatchObject({ phase: 'open', rule: 'residents_meeting', ruleLabel: '居民会议', secret: false });
  expect(view.me).toMatchObject({ canCast: true, ballot: expect.objectContaining({ choice: 'abstain', channel: 'online' }) });
  expect(view.live).toMatchObject({ ballots: 1, electors: 17 });
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS }))).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to someone not in the community, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(VISITOR, 'voting', 'vote.get', { consultationId: ADS })).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
  expect(await records(w)).toEqual(before);
});
