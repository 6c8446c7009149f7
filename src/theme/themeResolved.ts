import type { ThemeSetting } from '../store';

export type Theme = 'light' | 'dark';

/** The theme to show for the user's setting, given whether the system asks for dark. */
export function themeResolved(setting: ThemeSetting, systemDark: boolean): Theme {
  if (setting === 'system') return systemDark ? 'dark' : 'light';
  return setting;
}
