import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.preview (应到人数): before a vote opens, the electorate the register gives and how many use the app. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('shows the committee the electorate the register gives, and how many of it are on the app', async () => {
  // The seeded register of 幸福里社区 has 17 adults; 15 of them have joined on the app.
  expect(await w.ok(WANG, 'voting', 'vote.preview', { consultationId: ADS })).toMatchObject({ unit: '人', electors: 17, online: 15 });
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(WANG, 'voting', 'vote.preview', { consultationId: ADS }))).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to a resident, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'vote.preview', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused once the vote has opened: the electorate is fixed', async () => {
  await openAds(w);
  expect(await w.call(WANG, 'voting', 'vote.preview', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
});
