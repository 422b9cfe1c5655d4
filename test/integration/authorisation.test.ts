import { API, type ApiResponse } from '@shared';
import type { CountingStore } from '../support/countingStore';
import { entries, loadRecords, type Access, type Records } from '../support/apiSamples';
import { HE_JING, LUO_PING, openWorld, SONG_TAO, VISITOR, WANG, ZHANG, ZHAO, ZHENG, type World } from '../support/harness';

/**
 * The authorisation matrix, built from the API table: every action, called by every kind of caller
 * with a well-formed payload that names 幸福里社区's own records. A caller the action is not for is
 * refused (never INTERNAL) and nothing is written; a caller it is for is never refused as the wrong
 * caller. A new action without an entry in test/support/apiSamples.ts fails this test, so no action ships unexamined.
 */

type Caller =
  'anonymous' | 'outsider' | 'resident' | 'supervisor' | 'committee' | 'otherCommittee' | 'streetOfficer' | 'streetInspector' | 'otherStreetOfficer';

const OPENID: Record<Caller, string | null> = {
  anonymous: null,
  outsider: VISITOR, // signed in, a member of nothing
  resident: ZHANG,
  supervisor: ZHAO,
  committee: WANG,
  otherCommittee: ZHENG, // 青山村's committee: 幸福里's records are not theirs
  streetOfficer: HE_JING, // 和平街道, over 幸福里: staff, not a member of any community
  streetInspector: LUO_PING, // 和平街道's 民政／督查 reader: reads, never writes
  otherStreetOfficer: SONG_TAO, // 东湖镇's officer: 和平街道's records are not theirs
};
/** The callers who act in their own community or street, and must be refused on 幸福里's or 和平街道's records (`own`). */
const OTHERS: Caller[] = ['otherCommittee', 'otherStreetOfficer'];
const STAFF: Caller[] = ['streetOfficer', 'streetInspector', 'otherStreetOfficer'];
/** Who an action is for; another community's committee (street's officer) acts in its own, except on 幸福里's (和平街道's) records (`own`). */
const RANK: Record<Access, Caller[]> = {
  anonymous: ['anonymous', 'outsider', 'resident', 'supervisor', 'committee', 'otherCommittee', ...STAFF],
  signedIn: ['outsider', 'resident', 'supervisor', 'committee', 'otherCommittee', ...STAFF],
  member: ['resident', 'supervisor', 'committee', 'otherCommittee'],
  readers: ['supervisor', 'committee', 'otherCommittee'],
  committee: ['committee', 'otherCommittee'],
  streetStaff: STAFF,
  streetOfficer: ['streetOfficer', 'otherStreetOfficer'],
};
/** The refusals that say "not you": any other answer means the caller got past the door. */
const REFUSED = ['UNAUTHENTICATED', 'NOT_MEMBER', 'FORBIDDEN', 'NOT_FOUND'];

let w: World;
let records: Records;
const writes = () => [...(w.store as CountingStore).writeRequests.values()].reduce((a, b) => a + b, 0);

beforeAll(async () => {
  w = await openWorld();
  records = await loadRecords(w);
});
afterAll(() => w.close());

describe('the authorisation matrix', () => {
  it('has an entry for every action of the API table, and none for an action it does not have', () => {
    const listed = entries()
      .map((e) => `${e.fn}/${e.action}`)
      .sort();
    const table = Object.entries(API)
      .flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}/${a}`))
      .sort();
    expect(listed).toEqual(table);
  });

  it('refuses every caller an action is not for, writing nothing, and never answers INTERNAL', async () => {
    const wrong: string[] = [];
    for (const { fn, action, entry } of entries()) {
      const callers = (Object.keys(OPENID) as Caller[]).filter((c) => !RANK[entry.access].includes(c) || (entry.own && OTHERS.includes(c)));
      for (const caller of callers) {
        (w.store as CountingStore).reset();
        const res = (await w.callRaw(OPENID[caller], fn, action as never, entry.payload(records))) as ApiResponse<unknown>;
        const code = res.ok ? 'ok' : res.code;
        if (!REFUSED.includes(code) || writes() > 0) wrong.push(`${fn}/${action} as ${caller}: ${code}, ${writes()} writes`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets every caller an action is for past the door (the action itself may still say no)', async () => {
    const wrong: string[] = [];
    // The most trusted last, and leaving the community last of all: each call may change the world the next one sees.
    const order = entries().sort(
      (a, b) => Number(a.action === 'me.deleteData' || a.action === 'member.remove') - Number(b.action === 'me.deleteData' || b.action === 'member.remove'),
    );
    for (const { fn, action, entry } of order) {
      const caller = RANK[entry.access].find((c) => !OTHERS.includes(c))!;
      const res = (await w.callRaw(OPENID[caller], fn, action as never, entry.payload(records))) as ApiResponse<unknown>;
      const code = res.ok ? 'ok' : res.code;
      if (['UNAUTHENTICATED', 'NOT_MEMBER', 'FORBIDDEN', 'INTERNAL'].includes(code))
        wrong.push(`${fn}/${action} as ${caller}: ${code} ${res.ok ? '' : res.message}`);
    }
    expect(wrong).toEqual([]);
  });
});
