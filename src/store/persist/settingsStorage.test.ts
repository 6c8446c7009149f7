import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import {
  LEGEND_KEY_BEFORE,
  SETTINGS_KEY,
  settingsLoad,
  startSettingsSave,
} from './settingsStorage';

function memoryStorage() {
  const saved = new Map<string, string>();
  return {
    saved,
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => void saved.set(k, v),
  };
}

describe('when the network plugin is changed', () => {
  it('is saved and read back', () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    const stop = startSettingsSave(store, storage);
    store.getState().setNetworkPlugin('flannel');
    expect(settingsLoad(storage)).toEqual({
      networkPlugin: 'flannel',
      theme: 'system',
      legendOpen: false,
    });
    stop();
  });
});

describe('when the theme is changed', () => {
  it('is saved and read back', () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    const stop = startSettingsSave(store, storage);
    store.getState().setTheme('dark');
    expect(settingsLoad(storage)?.theme).toBe('dark');
    stop();
  });

  it('is read on its own when the other setting is unreadable, and the other way round', () => {
    const storage = memoryStorage();
    storage.saved.set(SETTINGS_KEY, '{"networkPlugin":"canal","theme":"light"}');
    expect(settingsLoad(storage)).toEqual({ theme: 'light' });
    storage.saved.set(SETTINGS_KEY, '{"networkPlugin":"cilium","theme":"purple"}');
    expect(settingsLoad(storage)).toEqual({ networkPlugin: 'cilium' });
  });
});

describe('when the saved settings are damaged', () => {
  it.each(['not json', '{"networkPlugin":"canal"}', '[]', 'null'])('ignores %s', (text) => {
    const storage = memoryStorage();
    storage.saved.set(SETTINGS_KEY, text);
    expect(settingsLoad(storage)).toBeNull();
  });
});

describe('when the lines’ legend is opened or closed', () => {
  it('is saved and read back, beside the other settings', () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    const stop = startSettingsSave(store, storage);
    store.getState().setLegendOpen(true);
    expect(settingsLoad(storage)).toEqual({
      networkPlugin: store.getState().networkPlugin,
      theme: 'system',
      legendOpen: true,
    });
    store.getState().setLegendOpen(false);
    expect(settingsLoad(storage)?.legendOpen).toBe(false);
    stop();
  });

  it('is read alone, and a value that is not true or false is left out', () => {
    const storage = memoryStorage();
    storage.saved.set(SETTINGS_KEY, '{"legendOpen":true}');
    expect(settingsLoad(storage)).toEqual({ legendOpen: true });
    storage.saved.set(SETTINGS_KEY, '{"theme":"dark","legendOpen":"yes"}');
    expect(settingsLoad(storage)).toEqual({ theme: 'dark' });
  });
});

describe('when the legend was kept open before it was a setting', () => {
  it('stays open, until the settings say otherwise', () => {
    const storage = memoryStorage();
    storage.setItem(LEGEND_KEY_BEFORE, 'true');
    expect(settingsLoad(storage)).toEqual({ legendOpen: true });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ theme: 'dark' }));
    expect(settingsLoad(storage)).toEqual({ theme: 'dark', legendOpen: true });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ legendOpen: false }));
    expect(settingsLoad(storage)).toEqual({ legendOpen: false });
  });
});
