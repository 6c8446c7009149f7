import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, kept up to date; false where there is no `matchMedia` (jsdom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  const snapshot = () => mediaMatches(query);
  return useSyncExternalStore(subscribe, snapshot);
}

/** Whether a CSS media query matches now; false where there is no `matchMedia` (jsdom). */
export function mediaMatches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}
