import { useEffect, useSyncExternalStore } from 'react';
import { useEditorStore } from '../store';
import type { EditorState } from '../store';
import { themeResolved } from './themeResolved';
import type { Theme } from './themeResolved';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const selectTheme = (s: EditorState) => s.theme;

/** Where the browser cannot say (no `matchMedia`, as in some embedded views), light. */
function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function systemDarkSubscribe(onChange: () => void): () => void {
  const query = darkQuery();
  if (query === null) return () => undefined;
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

function systemDark(): boolean {
  return darkQuery()?.matches ?? false;
}

/**
 * The theme on show, from the user's choice or the system's setting (followed
 * live), written on `<html data-theme>` where the colours of `theme.css` apply.
 */
export function useTheme(): Theme {
  const setting = useEditorStore(selectTheme);
  const dark = useSyncExternalStore(systemDarkSubscribe, systemDark);
  const theme = themeResolved(setting, dark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
