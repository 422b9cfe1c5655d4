import { fileAccess } from '../../../../cloudfunctions/core/files/fileAccess';
import { Workbook } from 'exceljs';
import type { StreetCatalogueDoc } from '../../../../cloudfunctions/core/docs';
import { issueStaffInvite } from '../../../../cloudfunctions/core/street/invites';
import { HE_JING, LUO_PING, NOW, openWorld, SONG_TAO, VISITOR, WANG, ZHANG, ZHENG, type World } from '../../../support/harness';
import { consultation, LIGHTS } from '../arrange';

/**
 * A 街道's own 协商事项目录: its officers add, retire and annotate items; its communities pick from
 * the refined list; a consultation records the version it was drafted under; 民政 files the export.
 */
describe('a street’s local catalogue', () => {
  let w: World;
  beforeEach(async () => {
    w = await openWorld();
  });
  afterEach(() => w.close());

  let n = 0;
  const req = () => `req-catalogue-${++n}`;
  const add = (version: number, name = '加装电梯协调', note = '本街道：需先征求物业意见') =>
    w.ok(HE_JING, 'street', 'streetCatalogue.add', { requestId: req(), version, categoryId: 'services', name, note });
  const retire = (version: number, itemId: string) => w.ok(HE_JING, 'street', 'streetCatalogue.retire', { requestId: req(), version, itemId });
  const itemsOf = (v: { categories: { items: { id: string; name: string; note?: string }[] }[] }) => v.categories.flatMap((c) => c.items);

  /** 何静 adds 加装电梯协调 with a note, retires 大面积房屋质量、阳光权 and notes 亮化绿化: version 3. */
  async function refine() {
    const added = await add(0);
    const localId = itemsOf(added).find((i) => i.name === '加装电梯协调')!.id;
    await retire(1, 'services-04');
    const noted = await w.ok(HE_JING, 'street', 'streetCatalogue.note', { requestId: req(), version: 2, itemId: 'services-01', note: '本街道：按季度公示' });
    return { localId, view: noted };
  }

  it('adds, retires and notes items, each change a version with who, when and what in its history', async () => {
    const before = await w.ok(LUO_PING, 'street', 'streetCatalogue.get', {});
    expect(before).toMatchObject({ version: 0, versionLabel: '省级目录', mayAct: false, history: [] });
    const { localId, view } = await refine();
    expect(localId).toBe('demo-heping-x1');
    expect(view).toMatchObject({ version: 3, versionLabel: '和平街道 第3版', mayAct: true });
    const services = view.categories.find((c) => c.id === 'services')!.items;
    expect(services.at(-1)).toEqual({ id: localId, name: '加装电梯协调', note: '本街道：需先征求物业意见', addedAt: NOW });
    expect(services.find((i) => i.id === 'services-04')).toMatchObject({ retiredAt: NOW });
    expect(view.history).toEqual([
      { version: 3, at: NOW, byName: '何静', kindLabel: '本街道说明', itemName: '亮化绿化、电梯、二次供水养护管理，日常保洁', note: '本街道：按季度公示' },
      { version: 2, at: NOW, byName: '何静', kindLabel: '停用事项', itemName: '大面积房屋质量、阳光权' },
      { version: 1, at: NOW, byName: '何静', kindLabel: '新增事项', itemName: '加装电梯协调', note: '本街道：需先征求物业意见' },
    ]);
    // The 民政 reader sees the same list.
    expect(await w.ok(LUO_PING, 'street', 'streetCatalogue.get', {})).toEqual({ ...view, mayAct: false });
    // Retiring and re-adding never reuses an id.
    await retire(3, localId);
    const again = await add(4);
    expect(
      itemsOf(again)
        .filter((i) => i.name === '加装电梯协调')
        .map((i) => i.id),
    ).toEqual([localId, 'demo-heping-x2']);
  });

  it('refuses a retired item twice, an unknown one, and an unchanged note, changing nothing', async () => {
    await retire(0, 'services-04');
    expect(await w.call(HE_JING, 'street', 'streetCatalogue.retire', { requestId: req(), version: 1, itemId: 'services-04' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    expect(await w.call(HE_JING, 'street', 'streetCatalogue.retire', { requestId: req(), version: 1, itemId: 'services-99' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await w.call(HE_JING, 'street', 'streetCatalogue.note', { requestId: req(), version: 1, itemId: 'services-01', note: '' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect((await w.store.get<StreetCatalogueDoc>('streetCatalogues', 'demo-heping'))!.version).toBe(1);
  });

  it('stops adding at 200 local items, which every community’s picker carries', async () => {
    const additions = Array.from({ length: 200 }, (_, i) => ({ id: `demo-heping-x${i + 1}`, categoryId: 'other', name: `事项${i + 1}`, addedAt: NOW }));
    const full: StreetCatalogueDoc = { _id: 'demo-heping', version: 200, nextNumber: 201, additions, retired: [], notes: [], history: [] };
    await w.store.insert('streetCatalogues', full);
    expect(
      await w.call(HE_JING, 'street', 'streetCatalogue.add', { requestId: req(), version: 200, categoryId: 'other', name: '再加一项', note: '' }),
    ).toMatchObject({
      ok: false,
      code: 'LIMIT_REACHED',
    });
  });

  it('gives one of two officers editing at once the change, the other a plain CONFLICT; a retry changes nothing more', async () => {
    const payload = { requestId: 'req-catalogue-retry', version: 0, categoryId: 'services' as const, name: '加装电梯协调', note: '' };
    const first = await w.ok(HE_JING, 'street', 'streetCatalogue.add', payload);
    // A second officer of 和平街道, who loaded version 0 too.
    await w.ok(VISITOR, 'street', 'street.join', { code: await issueStaffInvite(w.store, 'demo-heping', 'officer', NOW), name: '周敏' });
    const late = await w.call(VISITOR, 'street', 'streetCatalogue.retire', { requestId: req(), version: 0, itemId: 'services-04' });
    expect(late).toMatchObject({ ok: false, code: 'CONFLICT', message: '协商事项目录刚被其他同事修改过，请刷新后再改' });
    expect(await w.ok(HE_JING, 'street', 'streetCatalogue.add', payload)).toEqual(first);
    expect((await w.store.get<StreetCatalogueDoc>('streetCatalogues', 'demo-heping'))!).toMatchObject({ version: 1, additions: [{ id: 'demo-heping-x1' }] });
  });

  it('refuses the 民政 reader every change, and a community member the street’s page', async () => {
    for (const res of [
      await w.call(LUO_PING, 'street', 'streetCatalogue.add', { requestId: req(), version: 0, categoryId: 'services', name: '加装电梯协调', note: '' }),
      await w.call(LUO_PING, 'street', 'streetCatalogue.retire', { requestId: req(), version: 0, itemId: 'services-04' }),
      await w.call(LUO_PING, 'street', 'streetCatalogue.note', { requestId: req(), version: 0, itemId: 'services-04', note: '不可' }),
      await w.call(WANG, 'street', 'streetCatalogue.get', {}),
    ]) {
      expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await w.store.get('streetCatalogues', 'demo-heping')).toBeNull();
  });

  it('offers 幸福里 the refined list and 青山村 (东湖镇) the static one; 东湖镇’s officer edits only 东湖镇’s', async () => {
    const { localId } = await refine();
    const happy = await w.ok(ZHANG, 'consultation', 'catalogue.list', {});
    expect(happy.versionLabel).toBe('和平街道 第3版');
    expect(itemsOf(happy).find((i) => i.id === localId)).toMatchObject({ name: '加装电梯协调', note: '本街道：需先征求物业意见' });
    expect(itemsOf(happy).some((i) => i.id === 'services-04')).toBe(false);
    // 和平街道's own staff plan its cross-community matters from the same refined list; 东湖镇's from the static one.
    expect(await w.ok(HE_JING, 'consultation', 'catalogue.list', {})).toEqual(happy);
    expect((await w.ok(SONG_TAO, 'consultation', 'catalogue.list', {})).versionLabel).toBe('省级目录');
    const village = await w.ok(ZHENG, 'consultation', 'catalogue.list', {});
    expect(village.versionLabel).toBe('省级目录');
    expect(itemsOf(village).some((i) => i.id === localId || i.note)).toBe(false);
    expect(itemsOf(village).some((i) => i.id === 'services-04')).toBe(true);
    expect((await w.ok(SONG_TAO, 'street', 'streetCatalogue.get', {})).version).toBe(0);
    // Nor may 青山村's committee draft under 和平街道's item.
    expect(
      await w.call(ZHENG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: { title: '加装电梯', categoryId: localId } }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('records on a draft the item’s names and the catalogue version, and refuses a retired item for a new draft only', async () => {
    const { localId } = await refine();
    const saved = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: { title: '3号楼加装电梯', categoryId: localId } });
    expect((await consultation(w, saved.id)).matter).toEqual({
      itemName: '加装电梯协调',
      categoryName: '为民服务类',
      catalogue: { version: 3, streetName: '和平街道' },
    });
    const detail = await w.ok(WANG, 'consultation', 'consultation.get', { id: saved.id });
    expect(detail.consultation).toMatchObject({ categoryName: '加装电梯协调', categoryGroupName: '为民服务类', catalogueLabel: '和平街道 第3版' });

    const refused = await w.call(WANG, 'consultation', 'consultation.createDraft', {
      requestId: req(),
      plan: { title: '阳光权协商', categoryId: 'services-04' },
    });
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // The draft made before its item was retired keeps it, its name and its version, and may still be edited.
    await retire(3, localId);
    const edited = await w.ok(WANG, 'consultation', 'consultation.updateDraft', {
      id: saved.id,
      version: 1,
      plan: { title: '3号楼加装电梯（修改）', categoryId: localId },
    });
    expect(edited.version).toBe(2);
    expect((await w.ok(WANG, 'consultation', 'consultation.get', { id: saved.id })).consultation).toMatchObject({
      categoryName: '加装电梯协调',
      catalogueLabel: '和平街道 第3版',
    });
    // A seeded consultation, older than any record of its matter, is named from the static catalogue.
    const lights = await consultation(w, LIGHTS);
    await retire(4, lights.plan.categoryId);
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: LIGHTS })).consultation).toMatchObject({
      categoryName: '亮化绿化、电梯、二次供水养护管理，日常保洁',
      catalogueLabel: '省级目录',
    });
  });

  it('checks a suggestion’s matter against the community’s catalogue, names a local one, and drafts under it', async () => {
    const { localId } = await refine();
    const fields = { title: '3号楼加装电梯', description: '老人上下楼困难。', place: '3号楼', photos: [], hideName: false };
    const raised = await w.ok(ZHANG, 'suggestion', 'suggestion.raise', { ...fields, requestId: req(), categoryId: localId });
    expect(raised.categoryName).toBe('加装电梯协调');
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', { ...fields, requestId: req(), categoryId: 'services-04' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const answered = await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: raised.id, version: 1, decision: 'accept', text: '立项协商' });
    const draftId = answered.answer!.consultation!.id;
    expect((await consultation(w, draftId)).matter).toMatchObject({ itemName: '加装电梯协调', catalogue: { version: 3 } });
  });

  it('names the catalogue version in the dossier', async () => {
    await w.store.update(
      'consultations',
      { _id: LIGHTS },
      { set: { matter: { itemName: '楼道照明', categoryName: '为民服务类', catalogue: { version: 3, streetName: '和平街道' } } } },
    );
    const at = NOW + 40 * 86_400_000;
    await w.ok(WANG, 'result', 'archive.seal', { id: LIGHTS }, at);
    const out = await w.ok(WANG, 'result', 'archive.export', { id: LIGHTS }, at);
    const book = new Workbook();
    await book.xlsx.readFile(w.files.pathOf(out.xlsxFileId)!);
    const text = book.worksheets.flatMap((s) => s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map(String) : []))).join('\n');
    expect(text).toContain('为民服务类 · 楼道照明');
    expect(text).toContain('和平街道 第3版');
    expect((await consultation(w, LIGHTS)).matter?.catalogue.version).toBe(3);
  });

  it('exports the refined list for 备案, which opens with exceljs and has every item with its note, source and state', async () => {
    const { localId } = await refine();
    const out = await w.ok(LUO_PING, 'street', 'streetCatalogue.export', {});
    expect(out.fileName).toBe('协商事项目录-和平街道-第3版.xlsx');
    expect(out.rows).toBe(55);
    const book = new Workbook();
    await book.xlsx.readFile(w.files.pathOf(out.fileId)!);
    const rows: string[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0][0]).toBe('和平街道 城乡社区协商事项目录');
    expect(rows[1]).toContain('目录版本：和平街道 第3版');
    expect(rows[2]).toEqual(['类别', '序号', '编号', '协商事项', '本街道说明', '来源', '状态']);
    expect(rows).toHaveLength(3 + 55);
    expect(rows.find((r) => r[2] === localId)).toEqual([
      '为民服务类',
      '',
      localId,
      '加装电梯协调',
      '本街道：需先征求物业意见',
      '本街道新增（2026-11-21）',
      '在用',
    ]);
    expect(rows.find((r) => r[2] === 'services-04')).toEqual([
      '为民服务类',
      '20',
      'services-04',
      '大面积房屋质量、阳光权',
      '',
      '省级目录',
      '已停用（2026-11-21）',
    ]);
    expect(rows.find((r) => r[2] === 'services-01')?.[4]).toBe('本街道：按季度公示');
    // The street's file: its staff open it; a community's committee and another street's officer do not.
    expect(await fileAccess(w.store, out.fileId, HE_JING)).toMatchObject({ ok: true });
    expect(await fileAccess(w.store, out.fileId, WANG)).toMatchObject({ ok: false, status: 403 });
    expect(await fileAccess(w.store, out.fileId, SONG_TAO)).toMatchObject({ ok: false, status: 403 });
  });
});
