/** The keyboard shortcuts, as data (listed in the help dialog, matched by `shortcutFor`). */
export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'help' | 'escape';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Ctrl+Z', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Delete or Backspace', action: 'Delete the selected node or flow' },
  { keys: 'Escape', action: 'Clear the selection' },
  { keys: '?', action: 'Open this help' },
];

interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The action of a key press, or null. Cmd counts as Ctrl (macOS). */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod) return null;
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (key === 'escape') return 'escape';
  if (e.key === '?') return 'help';
  return null;
}

/** Typing in a field (or the YAML editor) keeps its own keys. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
