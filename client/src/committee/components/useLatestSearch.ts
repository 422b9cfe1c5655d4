import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../api';
import { useAfterPause } from '../../hooks/useAfterPause';

/**
 * Why this exists: searches run as the committee types, once typing pauses; answers come back out
 * of order, so only the answer to the latest search may show — an older, slower one never does.
 * An empty box searches too, unless `clearWhenEmpty`: then it shows nothing at once.
 */
export function useLatestSearch<T>(
  query: string,
  search: (q: string) => Promise<T>,
  { pauseMs, clearWhenEmpty = false }: { pauseMs: number; clearWhenEmpty?: boolean },
) {
  const [found, setFound] = useState<{ q: string; value: T } | null>(null);
  const [error, setError] = useState('');
  const searchRef = useRef(search);
  searchRef.current = search;
  const latest = useRef({ n: 0, q: '' });

  /** Searches for `q` now; its answer shows only if no later search has started meanwhile. */
  const run = useRef((q: string) => {
    const mine = ++latest.current.n;
    latest.current.q = q;
    return searchRef.current(q).then(
      (value) => {
        if (mine !== latest.current.n) return;
        setError('');
        setFound({ q, value });
      },
      (e: unknown) => mine === latest.current.n && setError(errorText(e, '查找失败，请重试')),
    );
  }).current;

  useEffect(() => {
    // Whatever is still on its way answers what was in the box before: it must not show.
    latest.current = { n: latest.current.n + 1, q: query.trim() };
    if (!query.trim() && clearWhenEmpty) setFound(null);
  }, [query, clearWhenEmpty]);
  useAfterPause(
    query,
    pauseMs,
    (typed) => {
      const q = typed.trim();
      if (q || !clearWhenEmpty) void run(q);
    },
    { first: true },
  );

  /** Searches again at once for what is in the box (after something changed what it would find). */
  const refresh = () => run(latest.current.q);

  return { found, error, refresh };
}
