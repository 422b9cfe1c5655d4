import { STANCES, type FigureView, type Stance } from '@shared';
import type { OpinionDoc } from '../docs';

/** Opinions by id, as one reading of a consultation's themes holds them. */
export type Opinions = Map<string, OpinionDoc>;

const docsOf = (ids: readonly string[], opinions: Opinions) => ids.map((id) => opinions.get(id)!);

/** A figure over these opinions: their number, or the number of distinct people who wrote them. */
export function figure(ids: readonly string[], opinions: Opinions, counts: FigureView['counts'] = 'opinions'): FigureView {
  const n = counts === 'people' ? new Set(docsOf(ids, opinions).map((o) => o.authorId)).size : ids.length;
  return { n, counts, opinionIds: [...ids] };
}

export const withStance = (ids: readonly string[], opinions: Opinions, stance: Stance) => ids.filter((id) => opinions.get(id)!.stance === stance);

/** Those still without an answer: what a reply to the set answers. */
export const waiting = (ids: readonly string[], opinions: Opinions) => ids.filter((id) => !opinions.get(id)!.answered);

/** What any set of opinions shows: its count, its people, what still waits, and the stance split. */
export function setOf(ids: readonly string[], opinions: Opinions) {
  return {
    key: ids[0] ?? '',
    opinionIds: [...ids],
    count: ids.length,
    people: figure(ids, opinions, 'people').n,
    unanswered: waiting(ids, opinions).length,
    stances: Object.fromEntries(STANCES.map((s) => [s, withStance(ids, opinions, s).length])) as Record<Stance, number>,
  };
}
