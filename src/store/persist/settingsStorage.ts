/**
 * The settings saved in the browser next to the autosaved design (their own
 * entry, so a design file never carries them): the network plugin, the
 * colour theme and whether the lines' legend is open. Each is read on its own: one unreadable
 * value does not lose the others.
 */
import type { NetworkPlugin } from '../../engine';
import { networkPluginParse } from '../../engine';
import type { ThemeSetting } from '../editorState';
import type { DesignStorage } from './designStore';
import type { EditorStore } from '../createEditorStore';

export const SETTINGS_KEY = 'netpol-canvas.settings';

export interface Settings {
  readonly networkPlugin?: NetworkPlugin;
  readonly theme?: ThemeSetting;
  readonly legendOpen?: boolean;
}

/**
 * Where a browser kept the legend open before the legend was a setting (`'true'`): read while the
 * settings say nothing of it, so that an open legend stays open after the update.
 */
export const LEGEND_KEY_BEFORE = 'netpol-canvas:legend-open';

const THEMES: readonly string[] = ['system', 'light', 'dark'];

function themeParse(value: unknown): ThemeSetting | null {
  return typeof value === 'string' && THEMES.includes(value) ? (value as ThemeSetting) : null;
}

/** The saved settings, or null when there are none or they are not readable. */
export function settingsLoad(storage: DesignStorage): Settings | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
  } catch (_notJson) {
    return null;
  }
  const saved = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const { networkPlugin, theme, legendOpen } = saved;
  const plugin = typeof networkPlugin === 'string' ? networkPluginParse(networkPlugin) : null;
  const colours = themeParse(theme);
  const legendBefore = storage.getItem(LEGEND_KEY_BEFORE) === 'true' ? true : null;
  const legend = typeof legendOpen === 'boolean' ? legendOpen : legendBefore;
  if (plugin === null && colours === null && legend === null) return null;
  return {
    ...(plugin === null ? {} : { networkPlugin: plugin }),
    ...(colours === null ? {} : { theme: colours }),
    ...(legend === null ? {} : { legendOpen: legend }),
  };
}

export function settingsSave(storage: DesignStorage, settings: Settings): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch (_quotaOrPrivateMode) {
    // The setting stays in memory.
  }
}

/** Saves the settings each time one changes; returns the unsubscribe. */
export function startSettingsSave(store: EditorStore, storage: DesignStorage): () => void {
  return store.subscribe((state, previous) => {
    if (
      state.networkPlugin === previous.networkPlugin &&
      state.theme === previous.theme &&
      state.legendOpen === previous.legendOpen
    )
      return;
    settingsSave(storage, {
      networkPlugin: state.networkPlugin,
      theme: state.theme,
      legendOpen: state.legendOpen,
    });
  });
}
