import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { settingsLoad, startAutosave, startSettingsSave } from '../store';
import { App } from './App';
import './app.css';
import { bootEditor, searchWithoutFixture } from './bootEditor';
import { lessonOpenFromUrl, startLessonUrlSync } from './lesson/lessonAddressSync';
import { startOfflineCache } from './offline';
import { exposeForTests } from './testApi';

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch (_blocked) {
    return null;
  }
}

const storage = storageOrNull();
const { store, origin } = bootEditor(window.location.search, storage);
if (origin === 'fixture') {
  const url = `${window.location.pathname}${searchWithoutFixture(window.location.search)}`;
  window.history.replaceState(null, '', url);
}
if (origin === 'autosave') {
  store.getState().notify({ tone: 'info', text: 'Restored your last design from this browser.' });
}
const settings = storage === null ? null : settingsLoad(storage);
if (settings !== null) store.getState().setNetworkPlugin(settings.networkPlugin);
lessonOpenFromUrl(store, window.location.search);
startLessonUrlSync(store);
if (storage !== null) {
  startSettingsSave(store, storage);
  const autosave = startAutosave(store, storage);
  window.addEventListener('pagehide', autosave.flush);
}
exposeForTests(store);
startOfflineCache(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
