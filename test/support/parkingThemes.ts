import { buildingKey } from '@shared';
import type { ConsultationDoc, MemberDoc, OpinionDoc } from '../../cloudfunctions/core/docs';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { Found } from '../../cloudfunctions/core/themes/findThemes';
import { PARKING_OPINIONS, type ParkingTheme } from '../fixtures/parkingOpinions';

/** The fixture's opinions as the engine takes them: ids o000…o299 in the fixture's order. */
export const parkingSaid = () => PARKING_OPINIONS.map((o, i) => ({ id: `o${String(i).padStart(3, '0')}`, authorId: o.author, text: o.text }));

const THEMES: ParkingTheme[] = ['fees', 'spaces', 'outsiders', 'charging', 'fireLane'];

/**
 * How well the themes found match the five the fixture was written with: for each intended theme,
 * the found theme sharing most of its opinions (campaign copies left out of both sides), with the
 * share of that found theme that is the intended one (precision) and the share of the intended
 * one it holds (recall). A theme matches when both are at least 0.6 and no other intended theme
 * took the same found theme.
 */
export function matchThemes(found: Found) {
  const fixture = new Map(parkingSaid().map((s, i) => [s.id, PARKING_OPINIONS[i]]));
  const own = (ids: string[]) => ids.filter((id) => !fixture.get(id)!.campaign);
  const taken = new Set<number>();
  return THEMES.map((theme) => {
    const wanted = own([...fixture.keys()]).filter((id) => fixture.get(id)!.theme === theme);
    const scored = found.themes.map((t, k) => {
      const ids = own(t.ids);
      const hit = ids.filter((id) => fixture.get(id)!.theme === theme).length;
      return { k, keywords: t.keywords, precision: hit / Math.max(1, ids.length), recall: hit / wanted.length };
    });
    const best = scored.sort((a, b) => b.recall + b.precision - (a.recall + a.precision))[0];
    const matched = !!best && best.precision >= 0.6 && best.recall >= 0.6 && !taken.has(best.k);
    if (matched) taken.add(best.k);
    return { theme, matched, ...best };
  });
}

/** The ids of the fixture's 40 campaign copies. */
export const campaignIds = () =>
  parkingSaid()
    .filter((_, i) => PARKING_OPINIONS[i].campaign)
    .map((s) => s.id);

/**
 * A larger set for the benchmark: another week of the same opinions, each said in another order of
 * its clauses (a one-clause opinion stays as it was, and shows as a near-duplicate).
 */
function reworded(text: string, copy: number): string {
  const clauses = text.split(/(?<=[，。！？；])/);
  return [...clauses.slice(copy % clauses.length), ...clauses.slice(0, copy % clauses.length)].join('');
}

/**
 * The fixture written into a store as a consultation's opinions, each by a member of its own (295
 * residents with their addresses), public and waiting for an answer: what the committee would
 * find after a week of opinions. Written directly, as a backlog is, not through the actions.
 * Returns the opinion ids in the fixture's order.
 */
export async function writeParkingOpinions(store: Store, consultation: ConsultationDoc, at: number, copies = 1): Promise<string[]> {
  const people = new Map<string, MemberDoc>();
  const opinions: OpinionDoc[] = [];
  for (let copy = 0; copy < copies; copy++) {
    PARKING_OPINIONS.forEach((o, i) => {
      const memberId = `${consultation._id}-${o.author}-${copy}`;
      people.set(memberId, {
        _id: memberId,
        openid: `openid-${memberId}`,
        communityId: consultation.communityId,
        name: `居民${o.author}`,
        role: 'resident',
        status: 'active',
        version: 1,
        address: { building: o.building, unit: o.unit, room: o.room },
        tenure: 'owner',
        requestedAt: at,
        joinedAt: at,
      });
      opinions.push({
        _id: `${consultation._id}-o${String(i).padStart(3, '0')}${copy ? `-${copy}` : ''}`,
        communityId: consultation.communityId,
        consultationId: consultation._id,
        authorId: memberId,
        building: o.building,
        buildingKey: buildingKey(o.building),
        stance: o.stance,
        text: copy ? reworded(o.text, copy) : o.text,
        photos: [],
        evidence: [],
        channel: 'online',
        moderation: 'visible',
        answered: false,
        createdAt: at + i * 1000,
        version: 1,
      });
    });
  }
  await store.insertMany('members', [...people.values()]);
  await store.insertMany('opinions', opinions);
  return opinions.map((o) => o._id);
}
