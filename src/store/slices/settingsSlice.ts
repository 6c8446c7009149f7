/**
 * Settings of the page that are not part of the design: the cluster's network
 * plugin, which decides whether the policies are enforced at all.
 */
import type { StateCreator } from 'zustand';
import type { NetworkPlugin } from '../../engine';
import { DEFAULT_NETWORK_PLUGIN } from '../../engine';
import type { EditorState } from '../editorState';

export interface SettingsSlice {
  readonly networkPlugin: NetworkPlugin;
  setNetworkPlugin: (plugin: NetworkPlugin) => void;
}

export const createSettingsSlice: StateCreator<EditorState, [], [], SettingsSlice> = (set) => ({
  networkPlugin: DEFAULT_NETWORK_PLUGIN,
  setNetworkPlugin: (networkPlugin) => {
    set({ networkPlugin });
  },
});
