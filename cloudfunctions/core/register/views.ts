import { adultOn, formatAddress, formatBirth, REGISTER_STATUS_LABELS, type CommunityKind, type RegisterPersonView } from '@shared';
import type { RosterEntryDoc } from '../docs';

/** The 户号 a household key carries (no:<group>|<户号> or no:<户号>), when the household was registered by its number. */
const householdNoOf = (key: string | undefined): string | undefined => (key?.startsWith('no:') ? key.slice(3).split('|').at(-1) : undefined);

export function toPersonView(p: RosterEntryDoc, today: string, kind: CommunityKind): RegisterPersonView {
  const status = p.status ?? 'current';
  const householdNo = householdNoOf(p.householdKey);
  return {
    id: p._id,
    version: p.version ?? 1,
    name: p.name,
    address: p.address,
    addressText: formatAddress(p.address, kind),
    ...(p.birth ? { birth: p.birth } : {}),
    birthText: formatBirth(p.birth),
    age: adultOn(p.birth, today),
    ...(p.group ? { group: p.group } : {}),
    ...(householdNo ? { householdNo } : {}),
    householdRep: p.householdRep === true,
    ...(p.relation ? { relation: p.relation } : {}),
    representative: p.representative,
    collectiveMember: p.collectiveMember === true,
    collectiveRepresentative: p.collectiveRepresentative === true,
    ...(p.phoneLast4 ? { phoneLast4: p.phoneLast4 } : {}),
    status,
    statusLabel: REGISTER_STATUS_LABELS[status],
    ...(p.leftOn ? { leftOn: p.leftOn } : {}),
    usesApp: p.memberId !== undefined,
  };
}
