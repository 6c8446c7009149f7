/** The keyboard shortcuts, as data (listed in the help dialog, matched by `shortcutFor`). */
export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'help' | 'escape' | 'find' | 'focus';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Ctrl+Z', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Delete or Backspace', action: 'Delete the selected node or flow' },
  { keys: 'Escape', action: 'Leave focus, or clear the selection' },
  { keys: 'F', action: "Focus on the selected workload's connections (again to leave)" },
  { keys: '/ or Ctrl+K', action: 'Find a workload, namespace, policy or label' },
  { keys: '?', action: 'Open this help' },
];

/** Keys the canvas handles itself while it has the focus (listed in the help dialog). */
export const CANVAS_KEYS: readonly { keys: string; action: string }[] = [
  { keys: 'Tab', action: 'Visit the nodes of the canvas, then its lines' },
  { keys: 'Arrow keys (on a node)', action: 'Select the nearest node that way' },
];

/** Keys the Matrix handles itself while one of its cells has the focus (the help dialog lists them). */
export const MATRIX_KEYS: readonly { keys: string; action: string }[] = [
  { keys: 'Arrow keys (in the Matrix)', action: 'Move to the next cell, or onto the names' },
  {
    keys: 'Home, End; Ctrl+Home, Ctrl+End (in the Matrix)',
    action: "The row's first or last cell; the first or last cell of the matrix",
  },
  { keys: 'PageUp, PageDown (in the Matrix)', action: 'A screenful of rows up or down' },
  { keys: 'Enter or Space (in the Matrix)', action: 'Explain the cell, or select the workload' },
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
  if (mod && key === 'k') return 'find';
  if (mod) return null;
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (key === 'escape') return 'escape';
  if (e.key === '?') return 'help';
  if (e.key === '/') return 'find';
  if (key === 'f' && !e.shiftKey) return 'focus';
  return null;
}

/** Typing in a field (or the YAML editor) keeps its own keys. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Whether `action` pressed in `target` is the field's own: every key of a field being typed in;
 * but Undo and Redo in a field whose text was applied (Enter, nothing typed since: it says so
 * with `data-undo="app"`) are the app's, else the browser took back the field's text alone and
 * the field and the canvas disagreed.
 */
export function keptByField(target: EventTarget | null, action: ShortcutAction | null): boolean {
  if (!isTextEntry(target)) return false;
  const history = action === 'undo' || action === 'redo';
  return !(history && target instanceof HTMLElement && target.dataset.undo === 'app');
}
