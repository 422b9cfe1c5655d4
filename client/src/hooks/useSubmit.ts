import { useState } from 'react';
import { errorText } from '../api';

/**
 * A form's or a button's submit. `run` clears the last error, marks it busy while the work runs
 * (its buttons disabled, so one request at a time), and on failure says why in words: the
 * server's message, or `fallback` (提交失败，请重试 unless given). Nothing typed is touched, so
 * the values stay for a retry.
 * Checks and confirmations come before `run`: they set `error` themselves, never busy.
 */
export function useSubmit(fallback?: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  // A promise chain, not async/await: this hook is copied into some twenty page chunks, and the
  // generator code async compiles to would be repeated in each.
  const run = (work: () => Promise<unknown>): Promise<void> => {
    setError('');
    setBusy(true);
    return new Promise((resolve) => resolve(work())).then(
      () => setBusy(false),
      (e: unknown) => {
        setError(errorText(e, fallback));
        setBusy(false);
      },
    );
  };

  return { busy, error, setError, run };
}
