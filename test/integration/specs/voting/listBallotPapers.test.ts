import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.ballotPapers (表决票): the paper ballots of an open vote, one per elector, a page at a time. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the vote opens, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once the vote is open', () => {
  beforeAll(() => openAds(w));

  it('prints one named ballot per elector of the snapshot', async () => {
    const papers = await w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS });
    expect(papers).toMatchObject({ consultationId: ADS, secret: false, total: 17, question: '广告收益用于增设小区健身器材和楼道照明' });
    expect(papers.ballots).toHaveLength(17);
    expect(new Set(papers.ballots.map((b) => b.electorId)).size).toBe(17);
    expect(papers.ballots.every((b) => typeof b.label === 'string' && b.label.length > 0)).toBe(true);
  });

  it('writes nothing: no record, no audit event, no news', async () => {
    expect(await afterRead(w, () => w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS }))).toEqual({ changed: false, audit: [], news: [] });
  });

  it('is refused to a resident', async () => {
    expect(await w.call(ZHANG, 'voting', 'vote.ballotPapers', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
