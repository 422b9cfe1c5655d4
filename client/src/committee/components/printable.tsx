import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { ApiError } from '../../api';
import './printable.css';

export type AllPages<P> =
  { status: 'loading'; pages: P[] } | { status: 'error'; pages: P[]; error: ApiError; retry: () => void } | { status: 'ready'; pages: P[] };

/**
 * Loads a printable page after page (`next` is the cursor of the one after) until the last: each
 * call stays small however large the community, and what is printed is all of it. A failed page is
 * asked again from where it stopped, keeping the pages already in.
 */
export function useAllPages<P extends { next?: string }>(load: (after?: string) => Promise<P>): AllPages<P> {
  const [pages, setPages] = useState<P[]>([]);
  const [failure, setFailure] = useState<{ error: ApiError; after?: string } | null>(null);
  const [done, setDone] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const alive = useRef(true);

  const from = useCallback(async (after?: string) => {
    setFailure(null);
    let cursor = after;
    try {
      do {
        const page = await loadRef.current(cursor);
        if (!alive.current) return;
        setPages((before) => [...before, page]);
        cursor = page.next;
      } while (cursor);
      setDone(true);
    } catch (e) {
      if (alive.current) setFailure({ error: e instanceof ApiError ? e : new ApiError('INTERNAL', '页面出错了，请重试'), after: cursor });
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    from();
    return () => {
      alive.current = false;
    };
  }, [from]);

  if (failure) return { status: 'error', pages, error: failure.error, retry: () => from(failure.after) };
  return done ? { status: 'ready', pages } : { status: 'loading', pages };
}

/** Below the sheet, never printed: the print button in a browser; in WeChat, which cannot print, the way round. */
export function PrintActions({ label }: { label: string }) {
  return (
    <View className="print-actions">
      {process.env.TARO_ENV === 'h5' ? (
        <Button className="btn btn-primary" onClick={() => window.print()}>
          {label}
        </Button>
      ) : (
        <View className="field-hint">请在电脑浏览器中打开本页打印</View>
      )}
    </View>
  );
}
