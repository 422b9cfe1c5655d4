import { useEffect, useRef } from 'react';

/**
 * Why this exists: a list should not reload at every keystroke. `act` runs once `value` has rested
 * for `pauseMs` — never for the first render, whose load is the page's own. The function returned
 * runs it at once (搜索 pressed) and drops the pending run.
 */
export function useAfterPause<T>(value: T, pauseMs: number, act: (value: T) => void): () => void {
  const actRef = useRef(act);
  actRef.current = act;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
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
