import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '../api';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/**
 * Loads a screen's data with its one call, and again whenever the page shows anew (coming back
 * from a page that changed something). Keeps the last data on screen while reloading.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownOnce = useRef(false);
  // Searching reloads as the user types: only the latest call may set the screen, or a slow
  // earlier answer would overwrite the results for what is now in the box.
  const latest = useRef(0);

  const reload = useCallback(() => {
    const mine = ++latest.current;
    loadRef.current().then(
      (data) => {
        if (mine === latest.current) setState({ status: 'ready', data });
      },
      (e: unknown) => {
        if (mine !== latest.current) return;
        setState({ status: 'error', error: e instanceof ApiError ? e : new ApiError('INTERNAL', '页面出错了，请重试') });
      },
    );
  }, []);

  useEffect(reload, [reload]);
  useDidShow(() => {
    // The first show is the initial load above; later ones mean the user came back.
    if (shownOnce.current) reload();
    shownOnce.current = true;
  });

  return { ...state, reload };
}
