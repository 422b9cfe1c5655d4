import { addressKey } from '@shared';
import { pinyin } from 'pinyin-pro';
import type { RegisterFacts, RosterEntryDoc } from '../docs';
import type { Store } from '../store/port';

/** The people on the register now: neither moved out nor deceased. One paged read, whatever the size. */
export function currentPeople(store: Store, communityId: string): Promise<RosterEntryDoc[]> {
  return store.find<RosterEntryDoc>('roster', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }).then((people) => people.filter(isCurrent));
}

/** Whether a person is on the register now: neither moved out nor deceased. */
export const isCurrent = (p: RosterEntryDoc): boolean => (p.status ?? 'current') === 'current';

/** The 户 a person belongs to; an entry imported before households were read has its address for one. */
export const householdOf = (p: RosterEntryDoc): string => p.householdKey ?? `addr:${addressKey(p.address)}`;

/** 王秀英 → wxy: how a committee member types an elder's name on a phone keyboard. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** What a linked member carries of their register entry, so scope checks need no second read. */
export function registerFactsOf(entry: RosterEntryDoc): RegisterFacts {
  return {
    entryId: entry._id,
    ...(entry.group ? { group: entry.group } : {}),
    representative: entry.representative,
    collectiveMember: entry.collectiveMember === true,
    collectiveRepresentative: entry.collectiveRepresentative === true,
  };
}
