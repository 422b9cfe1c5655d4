import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import Taro from '@tarojs/taro';
import { newRequestId } from '../api';
import { askBeforeLeaving } from './askBeforeLeaving';

const PREFIX = 'draft:';
/** A draft nobody came back to in two weeks is stale: the matter has usually moved on. */
const KEEP_MS = 14 * 24 * 3600 * 1000;
const LEAVING = '您写的内容还没有提交，已为您保存在本机，下次打开可以接着写。确定离开吗？';

interface Kept<T> {
  at: number;
  values: T;
  requestId: string;
}

function read<T>(key: string): Kept<T> | null {
  try {
    const kept = Taro.getStorageSync(key) as Kept<T> | '';
    if (kept && Date.now() - kept.at < KEEP_MS) return kept;
  } catch {
    // Unreadable storage: start from the empty form.
  }
  return null;
}

let swept = false;
/** Once per app start: removes drafts past their time, so storage never fills with forgotten ones. */
function sweepStale() {
  if (swept) return;
  swept = true;
  try {
    for (const key of Taro.getStorageInfoSync().keys) {
      if (key.startsWith(PREFIX) && !read(key)) Taro.removeStorageSync(key);
    }
  } catch {
    // Nothing to sweep.
  }
}

/** Removes every draft on this device: another person is about to use it (the H5 demo's 切换身份). */
export function forgetAllDrafts() {
  try {
    for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key);
  } catch {
    // Nothing kept.
  }
}

/**
 * A form's values kept on the device until they are sent: a reload, a back from the preview, a
 * closed mini program or a dead battery loses nothing an elderly resident has typed. Used like
 * useState; `key` names the form and what it is about (`opinion:<consultation>`), null until it
 * is known (after a load), when what was kept is restored. While the form differs from `initial`
 * leaving asks first (WeChat's back; a browser's reload or close). `sent()` says the values
 * reached the server: the draft is dropped and leaving no longer asks. `requestId` is kept with the
 * draft, so sending it again after a reload (the answer to the first try lost) is still a retry,
 * never a second record.
 * Values are plain JSON (texts and choices); photos are not kept, only what was typed.
 * In the mini program storage is per WeChat user; on the H5 demo switching persona forgets drafts.
 */
export function useTextDraft<T extends object>(key: string | null, initial: T) {
  const storageKey = key === null ? null : PREFIX + key;
  const open = () => {
    const kept = storageKey ? read<T>(storageKey) : null;
    return { key: storageKey, values: kept?.values ?? initial, restored: kept !== null, requestId: kept?.requestId ?? newRequestId() };
  };
  const [state, setState] = useState(() => {
    sweepStale();
    return open();
  });
  // The key became known (or changed) after the first render: restore what it kept, once.
  if (state.key !== storageKey) setState(open());
  const untouched = useRef(JSON.stringify(initial));
  const sentAs = useRef<string | null>(null);
  const release = useRef<(() => void) | null>(null);

  const json = JSON.stringify(state.values);
  const unsent = json !== untouched.current && json !== sentAs.current;

  useEffect(() => {
    if (!storageKey) return;
    try {
      if (unsent) Taro.setStorageSync(storageKey, { at: Date.now(), values: state.values, requestId: state.requestId });
      else Taro.removeStorageSync(storageKey);
    } catch {
      // Storage full or refused: the form still works, only the safety net is gone.
    }
    // `json` stands for state.values: the draft is written again only when what it holds changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey, json, unsent, state.requestId]);

  useEffect(() => {
    if (!unsent) return;
    release.current = askBeforeLeaving(LEAVING);
    return () => {
      release.current?.();
      release.current = null;
    };
  }, [unsent]);

  const setValues: Dispatch<SetStateAction<T>> = (next) =>
    setState((s) => ({ ...s, values: typeof next === 'function' ? (next as (v: T) => T)(s.values) : next }));

  /** The values on screen reached the server: forget them and stop asking, before navigating away. */
  const sent = () => {
    sentAs.current = json;
    release.current?.();
    release.current = null;
    if (storageKey) Taro.removeStorageSync(storageKey);
    // What is typed next is a new submission, not a retry of this one.
    setState((s) => ({ ...s, restored: false, requestId: newRequestId() }));
  };

  return [state.values, setValues, { restored: state.restored, requestId: state.requestId, sent }] as const;
}
