/**
 * `window.__editor`: the store, for end-to-end tests (`page.evaluate`) and
 * for poking at the state from the console. Only in development, or when
 * the page was opened with `?e2e`.
 */
import type { EditorStore } from '../store';

declare global {
  interface Window {
    __editor?: EditorStore;
  }
}

export function exposeForTests(store: EditorStore): void {
  if (import.meta.env.DEV || new URLSearchParams(window.location.search).has('e2e')) {
    window.__editor = store;
  }
}
