import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState, ThemeSetting } from '../../store';

const selectTheme = (s: EditorState) => s.theme;

/** The colour theme: as the system says (Auto), light or dark. Saved with the page's settings. */
export function ThemeSelect() {
  const api = useEditorApi();
  const theme = useEditorStore(selectTheme);
  return (
    <label
      className="plugin-select theme-select"
      title="Colours: as your system says (Auto), light or dark"
    >
      <span className="theme-select-text visually-hidden">Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          api.getState().setTheme(e.target.value as ThemeSetting);
        }}
      >
        <option value="system">◐ Auto</option>
        <option value="light">☀ Light</option>
        <option value="dark">☾ Dark</option>
      </select>
    </label>
  );
}
