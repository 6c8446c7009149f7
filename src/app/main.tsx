import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  broadcastTabChannel,
  encodeInWorker,
  idbDesignStore,
  isShareFragment,
  loadAutosave,
  loadKeptLessons,
  settingsLoad,
  startAutosave,
  startDerivation,
  startLessonKeep,
  startSettingsSave,
} from '../store';
import { App } from './App';
import './app.css';
import '../theme/theme.css';
import { bootEditor, searchWithoutFixture } from './bootEditor';
import { sharedDesignOf, sharedNotice } from './sharedLinkOpen';
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
  const link = await sharedDesignOf(window.location.hash);
  const { store, origin, example } = bootEditor(
    window.location.search,
    loaded.saved,
    link?.ok === true ? link.design : null,
  );
  // Lines, findings and the matrix are derived in a Web Worker from here on.
  startDerivation(store);
  // React Flow's own first fit sees the workloads before the worker's lines add the outside
  // nodes ("Anywhere"); a fit that waits for the lines shows the whole design.
  if (origin !== 'empty') store.getState().requestFit();
  if (origin === 'fixture' || link !== null) {
    // A reload shows the user's own work, not the example or the link again.
    const url = `${window.location.pathname}${searchWithoutFixture(window.location.search)}`;
    window.history.replaceState(null, '', url);
  }
  if (origin === 'autosave') {
    store.getState().notify({
      tone: 'info',
      text: 'Restored your last design from this browser.',
      whileCollapsed: COLLAPSED_HINT,
    });
  }
  // After the restored design's line: a link that could not be opened is the news.
  if (link !== null) store.getState().notify(sharedNotice(link));
  const settings = settingsStorage === null ? null : settingsLoad(settingsStorage);
  if (settings?.networkPlugin !== undefined)
    store.getState().setNetworkPlugin(settings.networkPlugin);
  if (settings?.theme !== undefined) store.getState().setTheme(settings.theme);
  if (settings?.legendOpen !== undefined) store.getState().setLegendOpen(settings.legendOpen);
  const autosave = startAutosave(store, {
    designs,
    tab: tabId(),
    restored: origin === 'autosave',
    channel: broadcastTabChannel('netpol-canvas.autosave'),
    initial: {
      failure: loaded.failure,
      unreadable: loaded.unreadable,
      example,
      exampleKind: origin === 'link' ? 'shared' : 'example',
    },
    rescue: settingsStorage,
    encode: encodeInWorker(),
  });
  // A design opened by link where there was none of the user's own is theirs from now on: kept
  // at once (before a lesson it carries opens over it), so a reload does not lose it.
  if (origin === 'link' && example === null) void autosave.keepThisDesign();
  // A reload keeps the lesson being written and the trainer's own lesson that was open.
  const kept = await loadKeptLessons(designs);
  if (kept.authoring !== null) store.getState().startAuthoring(kept.authoring);
  // Kept from here: a trainer's lesson that came with a link opens again at a reload.
  startLessonKeep(store, designs);
  const linkLesson = link?.ok === true ? link.lesson : null;
  lessonOpenFromUrl(store, window.location.search, linkLesson ?? kept.open);
  const [problem] = kept.problems;
  if (problem !== undefined) store.getState().notify({ tone: 'error', text: problem });
  startLessonUrlSync(store);
  if (settingsStorage !== null) startSettingsSave(store, settingsStorage);
  window.addEventListener('pagehide', autosave.unloading);
  // A design link opened in a tab that shows the app already: opened as on arrival.
  window.addEventListener('hashchange', () => {
    if (isShareFragment(window.location.hash)) window.location.reload();
  });
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
