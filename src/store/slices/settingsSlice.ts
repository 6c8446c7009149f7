/**
 * Settings of the page that are not part of the design: the cluster's network
 * plugin, which decides whether the policies are enforced at all, the
 * colour theme, and whether the lines' legend is open.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_NETWORK_PLUGIN } from '../../engine';
import type { EditorState, SettingsSlice } from '../editorState';

export const createSettingsSlice: StateCreator<EditorState, [], [], SettingsSlice> = (set) => ({
  networkPlugin: DEFAULT_NETWORK_PLUGIN,
  setNetworkPlugin: (networkPlugin) => {
    set({ networkPlugin });
  },
  theme: 'system',
  setTheme: (theme) => {
    set({ theme });
  },
  legendOpen: false,
  setLegendOpen: (legendOpen) => {
    set({ legendOpen });
  },
});
