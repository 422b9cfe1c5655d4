import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The furthest one step may jump: a year, so a slip of the finger cannot leave the demo in another decade. */
const MAX_ADVANCE_MS = 366 * 86_400_000;

/**
 * The demo clock: the local host's time runs ahead of the machine's by an offset a trainer sets,
 * to take a consultation past its notice period, its vote and its objection window in one
 * sitting. It only ever moves forward (every guard and deadline assumes time does), and it is
 * kept beside the store so a restart resumes where the demo was. Demo mode only.
 */
export interface DemoClock {
  now(): number;
  offsetMs(): number;
  /**
   * Lets `ms` pass as the real world would: in steps, running `each` (the scheduler) after every
   * step, so a vote that opens and closes within the jump is opened and then closed, never skipped.
   * Refuses a negative, zero or oversized jump before moving at all.
   */
  pass(ms: number, each: () => Promise<unknown>): Promise<number>;
}

/** At most this many scheduler runs per jump: half-hour steps for a few days, longer ones for a month. */
const MAX_STEPS = 200;
const MIN_STEP_MS = 30 * 60_000;

export async function openDemoClock(dataDir: string, base: () => number): Promise<DemoClock> {
  const file = path.join(dataDir, 'demo-clock.json');
  let offset = await readFile(file, 'utf8').then(
    (text) => {
      const value = Number((JSON.parse(text) as { offsetMs?: unknown }).offsetMs);
      return Number.isFinite(value) && value >= 0 ? value : 0;
    },
    () => 0,
  );
  return {
    now: () => base() + offset,
    offsetMs: () => offset,
    async pass(ms, each) {
      if (!Number.isInteger(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) {
        throw new RangeError('时间只能向后调，每次最多一年');
      }
      const step = Math.max(MIN_STEP_MS, Math.ceil(ms / MAX_STEPS));
      for (let left = ms; left > 0; left -= step) {
        offset += Math.min(step, left);
        await each();
      }
      await writeFile(file, JSON.stringify({ offsetMs: offset }));
      return base() + offset;
    },
  };
}
