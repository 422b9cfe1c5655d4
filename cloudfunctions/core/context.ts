import type { Store } from './store/port';

/** Who is calling, as the platform vouches for it: never taken from the payload. */
export interface Caller {
  openid: string;
}

/** Everything a use case may touch. Time is injected so deadlines are testable. */
export interface UseCaseContext {
  store: Store;
  now: number;
  caller: Caller;
}
