import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.tallySheet (计票单): the sheet the counting table fills in by hand, once the electorate is fixed. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the electorate is written, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'voting', 'vote.tallySheet', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once the vote is open', () => {
  beforeAll(() => openAds(w));

  it('gives the question, the rule and 应到 from the snapshot', async () => {
    expect(await w.ok(WANG, 'voting', 'vote.tallySheet', { consultationId: ADS })).toMatchObject({
      consultationId: ADS,
      question: '广告收益用于增设小区健身器材和楼道照明',
      ruleLabel: '居民会议',
      electors: 17,
    });
  });

  it('writes nothing: no record, no audit event, no news', async () => {
    expect(await afterRead(w, () => w.ok(WANG, 'voting', 'vote.tallySheet', { consultationId: ADS }))).toEqual({ changed: false, audit: [], news: [] });
  });

  it('is refused to a resident', async () => {
    expect(await w.call(ZHANG, 'voting', 'vote.tallySheet', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
