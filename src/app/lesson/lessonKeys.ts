/**
 * The lesson's keys, as data (listed in the help dialog): step with the arrow
 * keys or Page Up/Page Down (what a presenter's clicker sends), `P` toggles
 * presentation mode. Not while typing in a field.
 */
export type LessonKeyAction = 'previous' | 'next' | 'present';

export const LESSON_SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: '→ or Page Down', action: 'Next step of the lesson' },
  { keys: '← or Page Up', action: 'Previous step of the lesson' },
  { keys: 'P', action: 'Presentation mode on or off (large type, editing hidden)' },
];

interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export function lessonKeyFor(e: KeyPress): LessonKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'p':
    case 'P':
      return 'present';
    default:
      return null;
  }
}
