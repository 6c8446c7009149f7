/**
 * `window.__editor`: the store, for end-to-end tests (`page.evaluate`) and
 * for poking at the state from the console. Only in development and in the
 * build the end-to-end tests run (`vite build --mode e2e`): a production build
 * compiles this away, so a link cannot switch it on.
 */
import type { EditorStore } from '../store';

declare global {
  interface Window {
    __editor?: EditorStore;
  }
}

export function exposeForTests(store: EditorStore): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
    window.__editor = store;
  }
}
