import { buildingKey, DAY_MS, type ParsedPayloadOf } from '@shared';
import type { Filter } from '../store/port';

export type LedgerFilters = ParsedPayloadOf<'suggestion', 'suggestion.export'>;

/** The ledger's filters as one store filter: status, matter, building or place, channel and age. */
export function ledgerFilter(communityId: string, f: LedgerFilters, now: number): Filter {
  const filter: Filter = { communityId };
  if (f.state) filter.state = f.state;
  if (f.categoryId) filter.categoryId = f.categoryId;
  if (f.building) filter.placeKey = buildingKey(f.building);
  if (f.channel) filter.channel = f.channel;
  if (f.age === 'overdue') {
    filter.state = 'open';
    filter.answerDueAt = { $lt: now };
  } else if (f.age === 'week') filter.createdAt = { $gte: now - 7 * DAY_MS };
  else if (f.age === 'month') filter.createdAt = { $gte: now - 30 * DAY_MS };
  else if (f.age === 'older') filter.createdAt = { $lt: now - 30 * DAY_MS };
  return filter;
}
