import { openWorld, registerEntry, WANG, ZHANG, type World } from '../../../support/harness';
import { ADS, afterRead, openAds, records } from '../arrange';

/** vote.participation (参与情况): who has not voted yet, for the committee to remind. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the vote opens, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'voting', 'vote.participation', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once the vote is open and one elector has voted', () => {
  beforeAll(async () => {
    await openAds(w);
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
  });

  it('lists the electors who have not voted, and counts them', async () => {
    const view = await w.ok(WANG, 'voting', 'vote.participation', { consultationId: ADS });
    expect(view).toMatchObject({ ballots: 1, electors: 17, notVotedCount: 16 });
    const ids = view.notVoted.map((e) => e.electorId);
    expect(ids).toHaveLength(16);
    expect(ids).not.toContain(registerEntry('张伟'));
    expect(ids).toContain(registerEntry('陈静'));
  });

  it('writes nothing: no record, no audit event, no news', async () => {
    expect(await afterRead(w, () => w.ok(WANG, 'voting', 'vote.participation', { consultationId: ADS }))).toEqual({ changed: false, audit: [], news: [] });
  });

  it('is refused to a resident', async () => {
    expect(await w.call(ZHANG, 'voting', 'vote.participation', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
