import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '../api';

interface PageView {
  page: number;
  hasMore: boolean;
}

type State<V, T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: V; pages: V[]; changed: T[] };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('INTERNAL', '页面出错了，请重试'));

/**
 * A paged list: the first page is the screen's one load; 加载更多 appends the next page. `reload`
 * (a filter changed, an item left the list) starts again from the first page. Coming back to the
 * screen reloads every page already shown: the mini program also "shows" a page again after a
 * photo preview or the album, and the list must not shrink under the person's thumb. A changed
 * `filterKey` (the filters as text) starts again from the first page too.
 */
export function usePaged<V extends PageView, T extends { id: string }>(load: (page: number) => Promise<V>, itemsOf: (v: V) => T[], filterKey = '') {
  const [state, setState] = useState<State<V, T>>({ status: 'loading' });
  const [more, setMore] = useState<{ busy: boolean; error: string }>({ busy: false, error: '' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const shown = useRef(0);
  // Only the latest load may set the list: a slow answer for an old filter must not overwrite it.
  const latest = useRef(0);

  const loadPages = useCallback((count: number) => {
    const mine = ++latest.current;
    Promise.all(Array.from({ length: count }, (_, i) => loadRef.current(i))).then(
      (pages) => {
        if (mine !== latest.current) return;
        setMore({ busy: false, error: '' });
        setState({ status: 'ready', data: pages[0], pages, changed: [] });
      },
      (e: unknown) => mine === latest.current && setState({ status: 'error', error: asApiError(e) }),
    );
  }, []);
  const reload = useCallback(() => loadPages(1), [loadPages]);

  useEffect(reload, [reload]);
  // The first load is the one above: only a later change of the filters loads again.
  const loadedKey = useRef(filterKey);
  useEffect(() => {
    if (loadedKey.current === filterKey) return;
    loadedKey.current = filterKey;
    reload();
  }, [filterKey, reload]);
  useDidShow(() => {
    // The first show is the initial load above.
    if (shown.current++ > 0) loadPages(state.status === 'ready' ? state.pages.length : 1);
  });

  const ready = state.status === 'ready' ? state : null;
  const last = ready ? ready.pages[ready.pages.length - 1] : null;

  const loadMore = () => {
    if (!ready || !last || more.busy) return;
    const generation = latest.current;
    setMore({ busy: true, error: '' });
    loadRef.current(last.page + 1).then(
      (v) => {
        if (generation !== latest.current) return;
        setMore({ busy: false, error: '' });
        setState((s) => (s.status === 'ready' ? { ...s, pages: [...s.pages, v] } : s));
      },
      (e: unknown) => generation === latest.current && setMore({ busy: false, error: asApiError(e).message }),
    );
  };

  /** Puts an item the server just returned in place of the one shown. */
  const replace = (item: T) => setState((s) => (s.status === 'ready' ? { ...s, changed: [...s.changed.filter((c) => c.id !== item.id), item] } : s));

  const items: T[] = [];
  if (ready) {
    const changed = new Map(ready.changed.map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const v of ready.pages) {
      for (const item of itemsOf(v)) {
        // Newest-first pages shift when something new arrives between two loads; show each once.
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        items.push(changed.get(item.id) ?? item);
      }
    }
  }

  return {
    ...state,
    reload,
    items,
    hasMore: last?.hasMore ?? false,
    loadingMore: more.busy,
    moreError: more.error,
    loadMore,
    replace,
    /** Items changed in place since the last load, for counts the first page states. */
    replaced: ready ? ready.changed : [],
  };
}
