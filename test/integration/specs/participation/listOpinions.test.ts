import type { ContentCheck } from '../../../../cloudfunctions/core/ports/contentCheck';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { afterRead, CHEN, opinionBy, parkingId } from '../arrange';

/** opinion.list: a consultation's opinions — the public sees those that passed the check; the committee sees all and filters. */
const holdsWhatSaysReview: ContentCheck = { check: async ({ text }) => (text.includes('审核') ? 'review' : 'pass') };
let w: World;
let id: string;
let shown: string;
let held: string;
beforeAll(async () => {
  w = await openWorld({ contentCheck: holdsWhatSaysReview });
  id = await parkingId(w);
  shown = (await opinionBy(w, ZHANG, id)).id;
  held = (await opinionBy(w, CHEN, id, '请审核：物业乱收停车费。')).id;
});
afterAll(() => w.close());

it('shows the public the opinions that passed the check, not the held one', async () => {
  const list = await w.ok(ZHANG, 'participation', 'opinion.list', { consultationId: id });
  expect(list.viewer).toBe('public');
  const ids = list.opinions.map((o) => o.id);
  expect(ids).toContain(shown);
  expect(ids).not.toContain(held);
});

it('shows the committee every opinion, and filters by unanswered', async () => {
  const list = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: id });
  expect(list.viewer).toBe('committee');
  expect(list.opinions.map((o) => o.id)).toEqual(expect.arrayContaining([shown, held]));
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: shown, decision: 'adopted', reason: '' });
  const unanswered = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: id, unanswered: true });
  expect(unanswered.opinions.map((o) => o.id)).not.toContain(shown);
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(ZHANG, 'participation', 'opinion.list', { consultationId: id }))).toEqual({ changed: false, audit: [], news: [] });
});

it('refuses the committee’s filters to the public', async () => {
  expect(await w.call(ZHANG, 'participation', 'opinion.list', { consultationId: id, unanswered: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
});
