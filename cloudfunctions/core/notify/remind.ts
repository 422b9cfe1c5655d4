import { DEFAULT_REMINDERS, REMINDER_MAX_HOURS, type FeedKind, type ReminderKind } from '@shared';
import type { SystemContext } from '../context';
import type { CommunityDoc, ConsultationDoc } from '../docs';
import type { Budget } from '../scheduler/budget';
import { forEachDue, type StepResult } from '../scheduler/dueWork';
import type { Filter } from '../store/port';
import type { AnnouncedEvent, Due } from './events/event';
import { notify } from './notify';

const HOUR_MS = 3_600_000;

export interface Reminder {
  kind: ReminderKind;
  /** Consultations at this stage, by the deadline field the reminder counts back from. */
  filter: Filter;
  deadlineField: 'plan.schedule.startsAt' | 'plan.vote.closesAt' | 'objectionWindowEndsAt';
  deadlineOf(c: ConsultationDoc): number | undefined;
  /** What it tells, and whom: those who have not yet responded (applied or spoke; voted; objected), as they are when it is read. */
  event: AnnouncedEvent<FeedKind, Due>;
}

/**
 * One reminder step: for each consultation whose deadline is within its community's reminder
 * hours, one announcement to those who have not responded — one write, however many they are.
 * Its id names the consultation and the kind, so a run killed before `reminded.<kind>` is set
 * writes the same one again; the flag keeps later runs from reading the consultation again.
 */
export function runReminder(ctx: SystemContext, r: Reminder, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  const hoursOf = settingsCache(ctx);
  // Only deadlines no community's setting could reach yet are left unread.
  const filter: Filter = {
    ...r.filter,
    [r.deadlineField]: { $lte: ctx.now + REMINDER_MAX_HOURS * HOUR_MS },
    [`reminded.${r.kind}`]: { $ne: true },
  };
  return forEachDue(
    ctx,
    filter,
    r.deadlineField,
    async (c) => {
      const deadline = r.deadlineOf(c);
      const done = () => ctx.store.update('consultations', { _id: c._id }, { set: { [`reminded.${r.kind}`]: true } });
      // A deadline already past needs no reminder: marked, so it is not read again.
      if (deadline === undefined || deadline <= ctx.now) return done().then(() => false);
      const hours = await hoursOf(c.communityId, r.kind);
      if (hours === 0 || ctx.now < deadline - hours * HOUR_MS) return false;
      await notify(ctx, r.event, { c, deadline });
      await done();
      return true;
    },
    logError,
    budget,
  );
}

/** Each community's reminder hours, read once per run. */
function settingsCache(ctx: SystemContext) {
  const cache = new Map<string, Promise<CommunityDoc | null>>();
  return async (communityId: string, kind: ReminderKind): Promise<number> => {
    if (!cache.has(communityId)) cache.set(communityId, ctx.store.get<CommunityDoc>('communities', communityId));
    const community = await cache.get(communityId);
    return community?.settings.reminders?.[kind] ?? DEFAULT_REMINDERS[kind];
  };
}
