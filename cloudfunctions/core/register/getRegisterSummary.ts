import { adultOn, toChinaDateTimeParts, type RegisterSummaryView } from '@shared';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { householdOf } from './people';
import { requireRegisterReader } from './readRegister';

/** 名册概况: persons, adults today, households and each group's, the denominators of every statutory vote. */
export const getRegisterSummary: UseCase<'member', 'register.summary'> = async (ctx) => {
  const { community } = await requireRegisterReader(ctx);
  const everyone = await ctx.store.find<RosterEntryDoc>('roster', { communityId: community._id });
  const today = toChinaDateTimeParts(ctx.now).date;
  const current = everyone.filter((p) => (p.status ?? 'current') === 'current');
  const byGroup = new Map<string, RosterEntryDoc[]>();
  for (const p of current) if (p.group) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  return {
    today,
    ...countsOf(current, today),
    undecided: current.filter((p) => adultOn(p.birth, today) === 'unknown').length,
    withApp: current.filter((p) => p.memberId !== undefined).length,
    left: everyone.length - current.length,
    groups: [...byGroup].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')).map(([group, people]) => ({ group, ...countsOf(people, today) })),
  };
};

function countsOf(people: RosterEntryDoc[], today: string): Pick<RegisterSummaryView, 'persons' | 'adults' | 'households'> {
  return {
    persons: people.length,
    adults: people.filter((p) => adultOn(p.birth, today) === 'adult').length,
    households: new Set(people.map(householdOf)).size,
  };
}
