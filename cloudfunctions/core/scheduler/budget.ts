/**
 * A scheduler step's share of the run's time. CloudBase stops a function at 60 s; each step gets
 * its own share, so one slow step (a large push, a backlog of messages) cannot starve the ones
 * after it, the sender last of all. Checked between units of work (a consultation, a chunk, a
 * batch), so the first unit always runs and none is cut in half.
 */
export class Budget {
  private readonly start: number;

  constructor(
    readonly ms: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.start = clock();
  }

  static unlimited(): Budget {
    return new Budget(Number.POSITIVE_INFINITY);
  }

  left(): boolean {
    return this.clock() - this.start < this.ms;
  }

  spent(): number {
    return this.clock() - this.start;
  }
}
