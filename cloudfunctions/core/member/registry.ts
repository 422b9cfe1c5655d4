import { addressKey, type Address } from '@shared';
import type { OwnerDoc, RosterEntryDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';
import { householdOf } from '../register/people';

/** A community's 房屋台账 and 花名册 as loaded once, looked up by address however it was typed. */
export interface Registry {
  units: UnitDoc[];
  owners: Map<string, OwnerDoc>;
  unitAt(address: Address): UnitDoc | undefined;
  rosterEntry(name: string, address: Address): RosterEntryDoc | undefined;
  /** A person already on the register: the same name in the same household, or at the same address. */
  person(name: string, householdKey: string, address: Address): RosterEntryDoc | undefined;
  /** Whether the registered owner of this unit is this person (by name; co-owners list several). */
  isRegisteredOwner(unit: UnitDoc | undefined, name: string): boolean;
}

export async function loadRegistry(store: Store, communityId: string): Promise<Registry> {
  const [units, owners, roster] = await Promise.all([
    store.find<UnitDoc>('units', { communityId }),
    store.find<OwnerDoc>('owners', { communityId }),
    store.find<RosterEntryDoc>('roster', { communityId }),
  ]);
  const unitByKey = new Map(units.map((u) => [addressKey(u), u]));
  const rosterByKey = new Map(roster.map((r) => [`${r.name}|${addressKey(r.address)}`, r]));
  const rosterByHousehold = new Map(roster.map((r) => [`${r.name}|${householdOf(r)}`, r]));
  const ownerById = new Map(owners.map((o) => [o._id, o]));
  return {
    units,
    owners: ownerById,
    unitAt: (address) => unitByKey.get(addressKey(address)),
    rosterEntry: (name, address) => rosterByKey.get(`${name.trim()}|${addressKey(address)}`),
    person: (name, householdKey, address) => rosterByHousehold.get(`${name}|${householdKey}`) ?? rosterByKey.get(`${name}|${addressKey(address)}`),
    isRegisteredOwner(unit, name) {
      const owner = unit?.ownerId ? ownerById.get(unit.ownerId) : undefined;
      if (!owner || owner.kind === 'developer') return false;
      return owner.name.split(/[、,，\s]+/).includes(name.trim());
    },
  };
}
