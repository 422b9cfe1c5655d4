import { useEffect, useRef } from 'react';

/**
 * Why this exists: a search or a list should not run at every keystroke. `act` runs once `value` has
 * rested for `pauseMs` — for the first render too only when `first` says so (a list's first load is
 * usually the page's own). The function returned runs it at once (搜索 pressed) and drops the pending run.
 */
export function useAfterPause<T>(value: T, pauseMs: number, act: (value: T) => void, { first = false } = {}): () => void {
  const actRef = useRef(act);
  actRef.current = act;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const mounted = useRef(first);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    timer.current = setTimeout(() => actRef.current(value), pauseMs);
    return () => clearTimeout(timer.current);
  }, [value, pauseMs]);
  return () => {
    clearTimeout(timer.current);
    actRef.current(value);
  };
}
