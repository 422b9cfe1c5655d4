import { adultOn, DAY_MS, toChinaDateTimeParts } from '@shared';
import type { CommunityDoc, CosignDoc, CosignHouseholdDoc, MemberDoc, RosterEntryDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { currentPeople, householdOf } from '../../cloudfunctions/core/register/people';
import { populationOf, recountRegister } from '../../cloudfunctions/core/register/population';
import { householdOf as memberHouseholdOf, isRepresentative, proposersOf, recountProposers } from '../../cloudfunctions/core/suggestion/proposers';
import { makeCommunityRegister } from '../fixtures/make-register';
import { NOW, openWorld, VISITOR, ZHANG, type World } from '../support/harness';

/**
 * The counts a meeting request's share is taken against (附议, RULES.md 提议召开) are read by count
 * queries instead of reading the register and the members. They must always equal the register's
 * and the proposers' own definitions — after every kind of register change, as days pass, and
 * however co-signs are repeated or withdrawn.
 */

let w: World;
afterEach(() => w.close());

const today = (at = NOW) => toChinaDateTimeParts(at).date;
const community = async (id: string) => (await w.store.get<CommunityDoc>('communities', id))!;

/** The definition: the register's adults today, its households with an adult today, its representatives. */
async function definition(communityId: string, date: string) {
  const people = await currentPeople(w.store, communityId);
  const adults = people.filter((p) => adultOn(p.birth, date) === 'adult');
  return { residents: adults.length, households: new Set(adults.map(householdOf)).size, representatives: people.filter((p) => p.representative).length };
}
async function expectCountedAsDefined(communityId: string, date = today()) {
  const counted = await populationOf(w.store, await community(communityId), date, ['residents', 'households', 'representatives']);
  expect(counted).toEqual(await definition(communityId, date));
  return counted;
}

describe('the register’s counts', () => {
  let communityId: string;
  beforeEach(async () => {
    w = await openWorld();
    const created = await createCommunity(w.store, { name: '幸福里社区（二期）', kind: 'community' }, NOW - 30 * DAY_MS);
    communityId = created.community._id;
    await w.ok(VISITOR, 'member', 'member.join', {
      code: created.committeeCode,
      name: '韩梅',
      address: { building: '1号楼', unit: '1单元', room: '101' },
      tenure: 'owner',
    });
  });
  type Person = {
    name: string;
    address: { building: string; unit: string; room: string };
    birth?: { year: number; month?: number; day?: number };
    representative?: boolean;
  };
  const save = (person: Person, id?: string, version?: number) =>
    w.ok(VISITOR, 'member', 'register.save', {
      ...(id ? { id, version } : {}),
      person: { householdRep: false, representative: false, collectiveMember: false, collectiveRepresentative: false, ...person },
    });

  it('equal the register’s after an import, by-hand changes, leaving, and a re-import', async () => {
    await w.ok(VISITOR, 'member', 'member.importRoster', {
      fileId: await w.files.putDocument(await makeCommunityRegister(), '居民花名册.xlsx'),
      dryRun: false,
    });
    const imported = await expectCountedAsDefined(communityId);
    expect(imported.residents).toBeGreaterThan(10);
    expect(imported.households).toBeGreaterThan(5);

    // A household of a minor alone, then two adults join it; one who turns 18 today; a representative.
    const home = { building: '9号楼', unit: '1单元', room: '101' };
    const child = await save({ name: '小明', address: home, birth: { year: 2015, month: 6, day: 1 } });
    await expectCountedAsDefined(communityId);
    const mother = await save({ name: '王芳', address: home, birth: { year: 1985, month: 2, day: 3 }, representative: true });
    const grandfather = await save({ name: '王大爷', address: home, birth: { year: 1950, month: 8, day: 8 } });
    await expectCountedAsDefined(communityId);
    const { date } = toChinaDateTimeParts(NOW);
    const [y, m, d] = date.split('-').map(Number);
    await save({ name: '刚成年', address: { building: '9号楼', unit: '1单元', room: '102' }, birth: { year: y - 18, month: m, day: d } });
    await save({ name: '年月不详', address: { building: '9号楼', unit: '1单元', room: '103' }, birth: { year: y - 18, month: m } });
    const before = await expectCountedAsDefined(communityId);
    // The grandfather, the household's eldest, moves to another flat: the mother is its adult now; then she dies.
    await save(
      { name: '王大爷', address: { building: '9号楼', unit: '2单元', room: '201' }, birth: { year: 1950, month: 8, day: 8 } },
      grandfather.id,
      grandfather.version,
    );
    expect(await expectCountedAsDefined(communityId)).toMatchObject({ households: before.households + 1 });
    await w.ok(VISITOR, 'member', 'register.markLeft', { id: mother.id, version: mother.version, kind: 'deceased', on: date });
    const after = await expectCountedAsDefined(communityId);
    expect(after).toMatchObject({ households: before.households, representatives: before.representatives - 1 });
    // A corrected birth makes the child an adult.
    await save({ name: '小明', address: home, birth: { year: 2000, month: 6, day: 1 } }, child.id, child.version);
    await expectCountedAsDefined(communityId);
    await w.ok(VISITOR, 'member', 'member.importRoster', {
      fileId: await w.files.putDocument(await makeCommunityRegister(), '居民花名册.xlsx'),
      dryRun: false,
    });
    await expectCountedAsDefined(communityId);
  });

  it('move with the calendar: someone turning 18 counts from their birthday, with no write', async () => {
    const at = Date.UTC(2026, 10, 20, 4); // 2026-11-20 12:00 China time
    await save({ name: '明天成年', address: { building: '8号楼', unit: '1单元', room: '101' }, birth: { year: 2008, month: 11, day: 21 } });
    await save({ name: '下月成年', address: { building: '8号楼', unit: '1单元', room: '102' }, birth: { year: 2008, month: 11 } });
    for (const date of ['2026-11-20', '2026-11-21', '2026-11-30', '2026-12-01']) await expectCountedAsDefined(communityId, date);
    expect((await populationOf(w.store, await community(communityId), today(at), ['residents'])).residents).toBe(0);
    expect((await populationOf(w.store, await community(communityId), '2026-12-01', ['residents', 'households'])).households).toBe(2);
  });

  it('are recounted from the register for a community never counted, and put right when the marks drifted', async () => {
    await w.ok(VISITOR, 'member', 'member.importRoster', {
      fileId: await w.files.putDocument(await makeCommunityRegister(), '居民花名册.xlsx'),
      dryRun: false,
    });
    // As before households were marked: no marks, and the community never counted.
    await w.store.update('roster', { communityId }, { unset: ['householdAdultFrom'] });
    await w.store.update('communities', { _id: communityId }, { unset: ['registerCounting'] });
    await expectCountedAsDefined(communityId);
    // A mark on the wrong person of a household (two writes to it at once, say): the recount moves it.
    const [someone] = await w.store.find<RosterEntryDoc>('roster', { communityId, householdAdultFrom: { $gt: 0 } }, { limit: 1 });
    await w.store.update('roster', { communityId, householdKey: someone.householdKey! }, { set: { householdAdultFrom: 19000101 } });
    expect((await populationOf(w.store, await community(communityId), today(), ['households'])).households).not.toBe(
      (await definition(communityId, today())).households,
    );
    await recountRegister(w.store, communityId);
    await expectCountedAsDefined(communityId);
  });
});

describe('the proposers’ counts', () => {
  const CHEN = 'demo-chen-jing';
  const WU = 'demo-wu-min';
  const XU = 'demo-xu-jun'; // lives with 吴敏
  const YANG = 'demo-yang-lei'; // a representative
  beforeEach(async () => {
    w = await openWorld();
  });
  let requestNo = 0;
  const raise = () =>
    w.ok(ZHANG, 'suggestion', 'suggestion.raise', {
      requestId: `req-props-${String(++requestNo).padStart(4, '0')}`,
      title: '增设座椅',
      description: '建议增设座椅。',
      place: '3号楼',
      photos: [],
      hideName: false,
    });
  const cosign = (openid: string, id: string, on = true) => w.ok(openid, 'suggestion', 'suggestion.cosign', { id, on });
  const stored = async (id: string) => (await w.store.get<SuggestionDoc>('suggestions', id))!;

  /** The definition: the author and the co-signers, their households, and the representatives among them. */
  async function expectCountedAsDefined(id: string) {
    const s = await stored(id);
    const cosigns = await w.store.find<CosignDoc>('cosigns', { suggestionId: id });
    const members = await w.store.find<MemberDoc>('members', { _id: { $in: [s.authorId, ...cosigns.map((c) => c.memberId)] } });
    const author = members.find((m) => m._id === s.authorId)!;
    const defined = {
      residents: cosigns.length + 1,
      households: new Set([memberHouseholdOf(author), ...cosigns.map((c) => c.household)]).size,
      representatives: members.filter(isRepresentative).length,
    };
    expect(await proposersOf(w.store, { ...s, author: s.author! }, ['residents', 'households', 'representatives'])).toEqual(defined);
    return defined;
  }

  it('equal the co-signers’ own, however often, concurrently and in what order they sign and withdraw', async () => {
    const s = await raise();
    await Promise.all([cosign(WU, s.id), cosign(XU, s.id), cosign(WU, s.id), cosign(YANG, s.id)]);
    expect(await expectCountedAsDefined(s.id)).toEqual({ residents: 4, households: 3, representatives: 1 });
    await Promise.all([cosign(WU, s.id, false), cosign(WU, s.id, false), cosign(CHEN, s.id)]);
    expect(await expectCountedAsDefined(s.id)).toEqual({ residents: 4, households: 4, representatives: 1 });
    await cosign(XU, s.id, false);
    expect(await expectCountedAsDefined(s.id)).toMatchObject({ households: 3 });
    await cosign(WU, s.id);
    expect(await expectCountedAsDefined(s.id)).toMatchObject({ households: 4 });
    // 吴敏 and 徐军's household is one, counted while either has signed.
    const theirs = await w.store.find<CosignHouseholdDoc>('cosignHouseholds', { suggestionId: s.id, signers: { $gt: 0 } });
    expect(theirs.length).toBe(3);
  });

  it('are recounted once for a suggestion raised before they were kept, then kept by increments', async () => {
    const s = await raise();
    await cosign(WU, s.id);
    await cosign(YANG, s.id);
    // As before: no author's counts, no household documents, co-signs that do not say who was a representative.
    await w.store.update('suggestions', { _id: s.id }, { unset: ['author'] });
    await w.store.remove('cosignHouseholds', { suggestionId: s.id });
    await w.store.update('cosigns', { suggestionId: s.id }, { unset: ['representative'] });
    await cosign(XU, s.id); // the petition check recounts it
    expect((await stored(s.id)).author).toBeDefined();
    expect(await expectCountedAsDefined(s.id)).toEqual({ residents: 4, households: 3, representatives: 1 });
    await cosign(XU, s.id, false);
    await recountProposers(w.store, await stored(s.id)); // the repair step changes nothing when all is right
    expect(await expectCountedAsDefined(s.id)).toEqual({ residents: 3, households: 3, representatives: 1 });
  });
});
