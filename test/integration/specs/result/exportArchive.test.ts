import { openWorld, WANG, ZHANG, ZHAO, type World } from '../../../support/harness';
import { afterRead, LIGHTS, records } from '../arrange';

/** archive.export (一事一档 export): the sealed record as a workbook and a printable dossier, for the committee and the supervisor. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the record is sealed, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHAO, 'result', 'archive.export', { id: LIGHTS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once sealed', () => {
  let hash: string;
  beforeAll(async () => {
    hash = (await w.ok(WANG, 'result', 'archive.seal', { id: LIGHTS })).hash;
  });

  it('gives the supervisor the workbook and the dossier, named after the matter, carrying the seal', async () => {
    const files = await w.ok(ZHAO, 'result', 'archive.export', { id: LIGHTS });
    expect(files).toMatchObject({ hash, xlsxFileName: '一事一档-楼道照明亮化改造.xlsx', htmlFileName: '一事一档-楼道照明亮化改造.html' });
    expect(files.xlsxFileId).not.toBe(files.htmlFileId);
  });

  it('changes no record of the consultation, writes no audit event and tells no one', async () => {
    expect(await afterRead(w, () => w.ok(ZHAO, 'result', 'archive.export', { id: LIGHTS }))).toEqual({ changed: false, audit: [], news: [] });
  });

  it('is refused to a resident', async () => {
    expect(await w.call(ZHANG, 'result', 'archive.export', { id: LIGHTS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
