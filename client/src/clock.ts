/**
 * The time as the backend sees it. The local host's demo clock may run ahead of the phone's (a
 * trainer takes a consultation past its deadlines in one sitting), so the H5 transport learns
 * the difference from each answer; in WeChat it stays zero.
 */
let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

/** Called by a transport with the server's time of an answer it just received. */
export function learnServerTime(serverNow: number): void {
  if (Number.isFinite(serverNow)) offsetMs = serverNow - Date.now();
}
