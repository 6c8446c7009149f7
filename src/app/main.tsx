import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  broadcastTabChannel,
  encodeInWorker,
  idbDesignStore,
  loadAutosave,
  settingsLoad,
  startAutosave,
  startDerivation,
  startSettingsSave,
} from '../store';
import { App } from './App';
import './app.css';
import { bootEditor, searchWithoutFixture } from './bootEditor';
import { COLLAPSED_HINT } from './import/importSources';
import { lessonOpenFromUrl, startLessonUrlSync } from './lesson/lessonAddressSync';
import { startOfflineCache } from './offline';
import { exposeForTests } from './testApi';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch (_blocked) {
    return null;
  }
}

function tabId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

async function start(): Promise<void> {
  // Small settings stay in localStorage; the design goes to IndexedDB, where its size is no problem.
  const settingsStorage = localStorageOrNull();
  const designs = idbDesignStore();
  const loaded = await loadAutosave(designs, settingsStorage);
  const { store, origin, example } = bootEditor(window.location.search, loaded.saved);
  // Lines, findings and the matrix are derived in a Web Worker from here on.
  startDerivation(store);
  if (origin === 'fixture') {
    const url = `${window.location.pathname}${searchWithoutFixture(window.location.search)}`;
    window.history.replaceState(null, '', url);
  }
  if (origin === 'autosave') {
    const collapsed = store.getState().collapsed.length > 0;
    // A large design opens collapsed: its boxes are packed again, small, and fitted.
    if (collapsed) {
      store.getState().requestLayout('boxes');
      store.getState().requestFit();
    }
    store.getState().notify({
      tone: 'info',
      text: `Restored your last design from this browser.${collapsed ? ` ${COLLAPSED_HINT}` : ''}`,
    });
  }
  const settings = settingsStorage === null ? null : settingsLoad(settingsStorage);
  if (settings !== null) store.getState().setNetworkPlugin(settings.networkPlugin);
  lessonOpenFromUrl(store, window.location.search);
  startLessonUrlSync(store);
  if (settingsStorage !== null) startSettingsSave(store, settingsStorage);
  const autosave = startAutosave(store, {
    designs,
    tab: tabId(),
    restored: origin === 'autosave',
    channel: broadcastTabChannel('netpol-canvas.autosave'),
    initial: { failure: loaded.failure, unreadable: loaded.unreadable, example },
    rescue: settingsStorage,
    encode: encodeInWorker(),
  });
  window.addEventListener('pagehide', autosave.unloading);
  exposeForTests(store);
  startOfflineCache(store);

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App store={store} autosave={autosave} />
      </StrictMode>,
    );
  }
}

void start();
