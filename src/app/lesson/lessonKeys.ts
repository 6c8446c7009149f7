/**
 * The presenter's keys, as data (listed in the help dialog): step with the
 * arrow keys, Page Up/Page Down or Space (what a presenter's clicker sends),
 * `P` toggles presentation mode. Not while typing in a field. While a
 * connection is walked, next and previous move the packet from stop to stop
 * first; past the walk's last stop they step the lesson (`presenterMove`).
 */
export type LessonKeyAction = 'previous' | 'next' | 'present';

export const LESSON_SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: '→, Page Down or Space', action: 'Next stop of the walk, else next step of the lesson' },
  { keys: '← or Page Up', action: 'Previous stop of the walk, else previous step' },
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
    case ' ':
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

export type PresenterMove =
  | { readonly kind: 'walkStop'; readonly stop: number }
  | { readonly kind: 'lessonStep'; readonly step: number }
  | null;

interface PresenterPosition {
  /** The walk's current stop and its number of stops, when a connection is walked. */
  readonly walk: { readonly stop: number; readonly stops: number } | null;
  /** The lesson's current step and its number of steps, when a lesson is open. */
  readonly lesson: { readonly step: number; readonly steps: number } | null;
}

/**
 * Where `next` or `previous` goes: the walk's next (previous) stop while there
 * is one, else the lesson's next (previous) step, else nowhere.
 */
export function presenterMove(action: 'next' | 'previous', at: PresenterPosition): PresenterMove {
  const delta = action === 'next' ? 1 : -1;
  const { walk, lesson } = at;
  if (walk !== null) {
    const stop = walk.stop + delta;
    if (stop >= 0 && stop < walk.stops) return { kind: 'walkStop', stop };
  }
  if (lesson !== null) {
    const step = lesson.step + delta;
    if (step >= 0 && step < lesson.steps) return { kind: 'lessonStep', step };
  }
  return null;
}
