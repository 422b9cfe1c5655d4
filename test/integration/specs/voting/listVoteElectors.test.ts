import { openWorld, registerEntry, WANG, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.electors (选民名单): the committee finds an elector by name, and sees whether their ballot is in. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the vote opens (there is no electorate yet), changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '张伟' })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once the vote is open and 张伟 has voted', () => {
  beforeAll(async () => {
    await openAds(w);
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
  });

  it('finds an elector by name and ticks off who has voted', async () => {
    const zhang = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '张伟' });
    expect(zhang).toMatchObject({
      matching: 1,
      total: 17,
      electors: [{ electorId: registerEntry('张伟'), label: expect.stringContaining('张伟'), voted: true }],
    });
    const chen = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, electorId: registerEntry('陈静') });
    expect(chen.electors).toEqual([expect.objectContaining({ electorId: registerEntry('陈静'), voted: false })]);
  });

  it('writes nothing: no record, no audit event, no news', async () => {
    expect(await afterRead(w, () => w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '张' }))).toEqual({
      changed: false,
      audit: [],
      news: [],
    });
  });

  it('is refused to a resident', async () => {
    expect(await w.call(ZHANG, 'voting', 'vote.electors', { consultationId: ADS, query: '张伟' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
