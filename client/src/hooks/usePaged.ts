import { useState } from 'react';
import { ApiError } from '../api';
import { useLoad } from './useLoad';

interface PageView {
  page: number;
  hasMore: boolean;
}

/**
 * A paged list: the first page is the screen's one load (with useLoad's reload on show); 加载更多
 * appends the next page. Appended pages and items changed in place belong to the first page they
 * were added to, so any reload (a filter, coming back) starts the list afresh without an effect.
 */
export function usePaged<V extends PageView, T extends { id: string }>(load: (page: number) => Promise<V>, itemsOf: (v: V) => T[]) {
  const first = useLoad(() => load(0));
  const base = first.status === 'ready' ? first.data : null;
  const [more, setMore] = useState<{ base: V; pages: V[] } | null>(null);
  const [changed, setChanged] = useState<{ base: V; items: Record<string, T> } | null>(null);
  const [fetching, setFetching] = useState<{ base: V; error: string } | null>(null);

  const pages = base && more?.base === base ? more.pages : [];
  const last = pages.length > 0 ? pages[pages.length - 1] : base;
  const overrides = base && changed?.base === base ? changed.items : {};
  const seen = new Set<string>();
  const items: T[] = [];
  for (const v of base ? [base, ...pages] : []) {
    for (const item of itemsOf(v)) {
      // Newest-first pages shift when something new arrives between two loads; show each once.
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(overrides[item.id] ?? item);
    }
  }
  const busy = base !== null && fetching?.base === base && fetching.error === '';

  const loadMore = () => {
    if (!base || !last || busy) return;
    setFetching({ base, error: '' });
    load(last.page + 1).then(
      (v) => {
        setMore((m) => ({ base, pages: [...(m?.base === base ? m.pages : []), v] }));
        setFetching(null);
      },
      (e: unknown) => setFetching({ base, error: e instanceof ApiError ? e.message : '加载失败，请重试' }),
    );
  };

  /** Puts an item the server just returned in place of the one shown. */
  const replace = (item: T) => {
    if (!base) return;
    setChanged((c) => ({ base, items: { ...(c?.base === base ? c.items : {}), [item.id]: item } }));
  };

  return {
    ...first,
    reload: first.reload,
    items,
    hasMore: last?.hasMore ?? false,
    loadingMore: busy,
    moreError: base && fetching?.base === base ? fetching.error : '',
    loadMore,
    replace,
  };
}
