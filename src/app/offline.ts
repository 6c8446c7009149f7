/**
 * The service worker that keeps the app working offline after the first
 * visit (vite-plugin-pwa precaches the whole build). The user hears about it
 * once, when the app is first ready offline (unless the status line already
 * says something: the summary of a file opened meanwhile is the news), and
 * when a new version is waiting; a failed registration is said too, since
 * the app then needs the network to reload.
 */
import { registerSW } from 'virtual:pwa-register';
import type { EditorStore } from '../store';

/**
 * The end-to-end build registers the worker only when the address asks for it
 * (`?sw`), so that the other tests' status lines are not interleaved with its
 * messages; production always registers it.
 */
function wanted(): boolean {
  if (import.meta.env.MODE !== 'e2e') return true;
  return new URLSearchParams(window.location.search).has('sw');
}

export function startOfflineCache(store: EditorStore): void {
  if (!('serviceWorker' in navigator) || !wanted()) return;
  registerSW({
    immediate: true,
    onOfflineReady() {
      if (store.getState().notice !== null) return;
      store.getState().notify({
        tone: 'info',
        text: 'The app is saved in this browser: it now opens and works without a network.',
      });
    },
    onNeedRefresh() {
      if (store.getState().notice?.tone === 'error') return;
      store.getState().notify({
        tone: 'info',
        text: 'A new version of netpol-canvas is ready: it opens once every tab of this one is closed.',
      });
    },
    onRegisterError(error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      store.getState().notify({
        tone: 'error',
        text: `The app could not be saved for offline use (${reason}); reloading it needs the network.`,
      });
    },
  });
}
