import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootEditor } from './bootEditor';
import { startOfflineCache } from './offline';

interface Callbacks {
  onOfflineReady?: () => void;
}

const registered = vi.hoisted(() => ({ callbacks: null as Callbacks | null }));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (callbacks: Callbacks) => {
    registered.callbacks = callbacks;
    return () => Promise.resolve();
  },
}));

/** The page opened, its service worker registered; returns "the app is now saved offline". */
function opened() {
  const { store } = bootEditor('', null);
  startOfflineCache(store);
  const ready = registered.callbacks?.onOfflineReady;
  if (ready === undefined) throw new Error('the service worker was not registered');
  return { store, ready };
}

beforeEach(() => {
  vi.stubGlobal('navigator', { serviceWorker: {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
  registered.callbacks = null;
});

describe('when the app is first saved for offline use', () => {
  it('says so on a quiet status line', () => {
    const { store, ready } = opened();
    ready();
    expect(store.getState().notice?.text).toContain('works without a network');
  });

  it('keeps the summary of a file the user opened meanwhile', () => {
    const { store, ready } = opened();
    const imported =
      'Imported cluster.yaml: 11 namespaces, 200 workloads, 90 policies, 3 warnings.';
    store.getState().notify({ tone: 'info', text: imported });
    ready();
    expect(store.getState().notice?.text).toBe(imported);
  });
});
