import { floorOf, STANCES, type PlaceRowView, type Stance } from '@shared';
import type { MemberDoc, OpinionDoc } from '../docs';

function row(label: string): PlaceRowView {
  return { label, total: 0, stances: Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number> };
}

/** Natural order: 2栋 before 10栋, then by the words. */
const byLabel = (a: PlaceRowView, b: PlaceRowView) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true });

/**
 * 按楼栋、单元、楼层: the stance split by where the authors live — a lift for a building lives or
 * dies on its ground floor. An author's place is their address now; one without a building (or
 * without a floor in their room number) is left out of that split only.
 */
export function placesOf(opinions: readonly OpinionDoc[], authors: ReadonlyMap<string, MemberDoc>) {
  const rows = { buildings: new Map<string, PlaceRowView>(), units: new Map<string, PlaceRowView>(), floors: new Map<string, PlaceRowView>() };
  const add = (table: Map<string, PlaceRowView>, label: string, stance: Stance) => {
    const r = table.get(label) ?? row(label);
    r.total++;
    r.stances[stance]++;
    table.set(label, r);
  };
  for (const o of opinions) {
    const address = authors.get(o.authorId)?.address;
    const building = address?.building.trim() || o.building.trim();
    if (!building) continue;
    add(rows.buildings, building, o.stance);
    if (address?.unit.trim()) add(rows.units, `${building}${address.unit.trim()}`, o.stance);
    const floor = address ? floorOf(address.room) : undefined;
    if (floor !== undefined) add(rows.floors, `${floor}层`, o.stance);
  }
  return {
    buildings: [...rows.buildings.values()].sort(byLabel),
    units: [...rows.units.values()].sort(byLabel),
    floors: [...rows.floors.values()].sort(byLabel),
  };
}
