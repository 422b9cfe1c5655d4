import type { MemberDoc, OwnerDoc, RosterEntryDoc, UnitDoc } from '../../cloudfunctions/core/docs';
import { buildElectorate } from '../../cloudfunctions/core/member/buildElectorate';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { makeRosterWorkbook, malformedRows, MULTI_OWNER, rosterCounts, workbookBuffer } from '../fixtures/make-roster';
import { ROSTER_MAX_BYTES } from '@shared';
import { makeDocx, makeZip, placeUnchecked } from '../support/documents';
import { NEWCOMER, openWorld, snapshot, VISITOR, ZHANG, type World } from '../support/harness';

/** A fresh community whose committee member (VISITOR) imports the fixture roster of 240 households. */
let w: World;
let communityId: string;
let workbook: Buffer;
/** The workbook as the committee's phone put it in storage. */
let file: string;

beforeAll(async () => {
  workbook = await makeRosterWorkbook();
});
beforeEach(async () => {
  w = await openWorld();
  file = await w.files.putDocument(workbook, '幸福里花名册.xlsx');
  const created = await createCommunity(w.store, { name: '幸福里社区（二期）', kind: 'community' }, Date.now());
  communityId = created.community._id;
  await w.ok(VISITOR, 'member', 'member.join', {
    code: created.committeeCode,
    name: '韩梅',
    address: { building: '1号楼', unit: '1单元', room: '101' },
    tenure: 'owner',
  });
});
afterEach(() => w.close());

const everything = async () => ({
  ...(await snapshot(w.store)),
  units: await w.store.find('units', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
  owners: await w.store.find('owners', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
  roster: await w.store.find('roster', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
});
const importRoster = (dryRun: boolean, fileId = file) => w.ok(VISITOR, 'member', 'member.importRoster', { fileId, dryRun });

describe('importing the 花名册 and 房屋台账', () => {
  it('previews row by row without writing anything', async () => {
    const before = await everything();
    const report = await importRoster(true);
    expect(report.dryRun).toBe(true);
    expect(report.units).toEqual({ created: rosterCounts.units, updated: 0, unchanged: 0, rejected: 8 });
    expect(report.residents).toEqual({ created: rosterCounts.residents, updated: 0, unchanged: 0, rejected: 1 });
    expect(await everything()).toEqual(before);
  });

  it('creates the units and reports every bad row precisely', async () => {
    const report = await importRoster(false);
    expect(await w.store.count('units', { communityId })).toBe(rosterCounts.units);
    expect(rosterCounts.units).toBeGreaterThanOrEqual(200);
    const rejected = report.rows.filter((r) => r.outcome === 'rejected');
    expect(rejected).toHaveLength(malformedRows.length);
    for (const bad of malformedRows) {
      const row = rejected.find((r) => r.sheet === bad.sheet && r.row === bad.row);
      expect({ bad, reason: row?.reason }).toEqual({ bad, reason: expect.stringContaining(bad.reason) });
    }
    const unit = (await w.store.find<UnitDoc>('units', { communityId, building: '1号楼', unit: '1单元', room: '101' }))[0];
    expect(unit.areaHundredths).toBe(8950);
    expect(report.rows.find((r) => r.sheet === '房屋台账' && r.outcome === 'created')?.subject).toMatch(/^\d+号楼\d单元\d+$/);
  });

  it('groups owners as the owners’ rules count them', async () => {
    await importRoster(false);
    const owners = await w.store.find<OwnerDoc>('owners', { communityId });
    expect(owners.filter((o) => o.kind === 'developer')).toHaveLength(1);
    expect(owners.filter((o) => o.kind === 'co_owners').map((o) => o.name)).toEqual(['赵敏、钱立']);
    const multi = owners.find((o) => o.name === MULTI_OWNER.name)!;
    expect(await w.store.count('units', { ownerId: multi._id })).toBe(3);
    const { electors } = await buildElectorate(
      w.store,
      { _id: communityId, kind: 'community' },
      { kind: 'owners', buildings: ['1号楼', '3号楼', '7号楼'] },
      '2026-11-21',
    );
    expect(electors.filter((e) => e.id === multi._id)).toHaveLength(1);
    const developer = owners.find((o) => o.kind === 'developer')!;
    const { electors: all } = await buildElectorate(
      w.store,
      { _id: communityId, kind: 'community' },
      { kind: 'owners', buildings: ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼', '7号楼', '8号楼', '9号楼', '10号楼'] },
      '2026-11-21',
    );
    expect(all.filter((e) => e.id === developer._id)).toHaveLength(1);
    expect(all.reduce((n, e) => n + Math.round((e.area ?? 0) * 100), 0)).toBe(
      (await w.store.find<UnitDoc>('units', { communityId })).reduce((n, u) => n + (u.areaHundredths ?? 0), 0),
    );
  });

  it('changes nothing when the same file comes again', async () => {
    await importRoster(false);
    const before = await everything();
    const again = await importRoster(false);
    expect(again.units).toEqual({ created: 0, updated: 0, unchanged: rosterCounts.units, rejected: 8 });
    expect(again.residents).toEqual({ created: 0, updated: 0, unchanged: rosterCounts.residents, rejected: 1 });
    const after = await everything();
    expect({ ...after, audit: [] }).toEqual({ ...before, audit: [] });
  });

  it('refuses a corrupt, missing or oversized file whole and changes nothing', async () => {
    const before = await everything();
    const importing = async (fileId: string) => w.call(VISITOR, 'member', 'member.importRoster', { fileId, dryRun: false });
    // Stored unchecked, as a phone's upload to cloud storage is: the function reads the bytes itself.
    for (const bytes of [Buffer.from('这不是 Excel 文件'), workbook.subarray(0, workbook.length / 2), makeDocx()]) {
      expect(await importing(await placeUnchecked(w.dir, bytes, 'xlsx'))).toMatchObject({
        ok: false,
        code: 'FILE_REJECTED',
        message: '所选文件的内容不是Excel文件，请确认文件后重新上传',
      });
    }
    expect(await importing(`local:${'0'.repeat(32)}.xlsx`)).toMatchObject({ ok: false, code: 'FILE_REJECTED', message: '所选文件不存在或已失效，请重新上传' });
    const huge = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': 'x'.repeat(ROSTER_MAX_BYTES) });
    expect(await importing(await placeUnchecked(w.dir, huge, 'xlsx'))).toMatchObject({
      ok: false,
      code: 'FILE_REJECTED',
      message: '所选文件超过5 MB，请压缩或拆分后再上传',
    });
    // An Excel file by its bytes with no roster in it, and a roster without a needed column.
    const hollow = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await importing(await placeUnchecked(w.dir, hollow, 'xlsx'))).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '文件中没有“房屋台账”工作表，也没有居民／村民名册（须有“姓名”列，以及住址、户号或户主等列）',
    });
    const noArea = await w.files.putDocument(await makeRosterWorkbook({ omitColumns: ['面积（㎡）'] }), '花名册.xlsx');
    expect(await importing(noArea)).toMatchObject({ ok: false, code: 'INVALID_INPUT', details: ['面积'] });
    expect(await everything()).toEqual(before);
  });

  it('updates a unit whose area or owner changed, and says so', async () => {
    await importRoster(false);
    const small = await workbookBuffer({
      房屋台账: [
        ['楼栋', '单元', '房号', '面积', '业主姓名'],
        ['1号楼', '1单元', '101', '91.00', '新业主'],
      ],
    });
    const report = await importRoster(false, await w.files.putDocument(small, '更正.xlsx'));
    expect(report.rows).toEqual([{ sheet: '房屋台账', row: 2, outcome: 'updated', subject: '1号楼1单元101' }]);
    const unit = (await w.store.find<UnitDoc>('units', { communityId, building: '1号楼', unit: '1单元', room: '101' }))[0];
    const owner = await w.store.get<OwnerDoc>('owners', unit.ownerId!);
    expect([unit.areaHundredths, owner?.name]).toEqual([9100, '新业主']);
  });

  it('lets a joining resident on the roster be approved in one tap, with the role the roster gives', async () => {
    await importRoster(false);
    const representative = (await w.store.find<RosterEntryDoc>('roster', { communityId, representative: true }))[0];
    const code = (await w.store.find<{ _id: string }>('invites', { communityId, kind: 'resident' }))[0]._id;
    await w.ok(NEWCOMER, 'member', 'member.join', { code, name: representative.name, address: representative.address, tenure: representative.tenure });
    const list = await w.ok(VISITOR, 'member', 'member.list', {});
    const request = list.pending[0];
    expect(request).toMatchObject({ name: representative.name, onRoster: true, rosterRoleLabel: '居民代表' });
    expect(request.registeredOwner).toBe(representative.tenure === 'owner');
    await w.ok(VISITOR, 'member', 'member.approve', { memberId: request.id });
    const member = (await w.store.find<MemberDoc>('members', { openid: NEWCOMER }))[0];
    expect(member).toMatchObject({ status: 'active', role: 'representative', unitId: expect.any(String) });
    expect((await w.store.get<RosterEntryDoc>('roster', representative._id))?.memberId).toBe(member._id);
  });

  it('is the committee’s alone', async () => {
    expect(await w.call(ZHANG, 'member', 'member.importRoster', { fileId: file, dryRun: false })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
