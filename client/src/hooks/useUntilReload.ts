import { useState } from 'react';

/**
 * Why this exists: a tap's answer changes part of what the page loaded, and holds until the page
 * loads anew. The value is kept with the load it changed (`of`), so a reload's newer data wins.
 */
export function useUntilReload<T>() {
  const [changed, setChanged] = useState<{ of: unknown; value: T } | null>(null);
  return {
    /** The value set against this very load, or `loaded` when none was (or the page reloaded). */
    over: (of: unknown, loaded: T): T => (changed && changed.of === of ? changed.value : loaded),
    set: (of: unknown, value: T) => setChanged({ of, value }),
  };
}
