import { useCallback, useState } from 'react';

// One window, one person: what a view remembers lives as long as the page does.
const memory = new Map<string, unknown>();

/**
 * useState that outlives its component: leaving a view and coming back keeps the open story,
 * the search and the filters, as a desktop app does.
 */
export function useRemembered<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        memory.set(key, value);
        return value;
      }),
    [key],
  );
  return [value, set] as const;
}
