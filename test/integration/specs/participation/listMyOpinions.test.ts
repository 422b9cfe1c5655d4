import { NOW, openWorld, PNG, VISITOR, ZHANG, type World } from '../../../support/harness';
import { afterRead, enteredForHuang, HUANG, opinionBy, parkingId } from '../arrange';

/** opinion.mine (我的意见): what I said, or what was entered for me, and the committee's reply. */
let w: World;
let mine: string;
let entered: string;
beforeAll(async () => {
  w = await openWorld();
  const id = await parkingId(w);
  mine = (await opinionBy(w, ZHANG, id)).id;
  entered = (await enteredForHuang(w, id, await w.files.put(PNG))).id;
});
afterAll(() => w.close());

it('shows each member their own opinions only, with the consultation’s title', async () => {
  const zhang = await w.ok(ZHANG, 'participation', 'opinion.mine', {});
  expect(zhang.opinions.map((o) => o.id)).toContain(mine);
  expect(zhang.opinions.map((o) => o.id)).not.toContain(entered);
  expect(zhang.opinions.find((o) => o.id === mine)).toMatchObject({ consultationTitle: '小区公共停车位设定及管理办法' });
});

it('counts the entries that wait for my confirmation', async () => {
  const huang = await w.ok(HUANG, 'participation', 'opinion.mine', {});
  expect(huang.opinions.map((o) => o.id)).toContain(entered);
  expect(huang.awaitingMyConfirmation).toBe(1);
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(HUANG, 'participation', 'opinion.mine', {}), NOW)).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to someone outside any community', async () => {
  expect(await w.call(VISITOR, 'participation', 'opinion.mine', {})).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
});
