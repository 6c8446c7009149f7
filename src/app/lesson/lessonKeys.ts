/**
 * The presenter's keys, as data (listed in the help dialog): step with the
 * arrow keys, Page Up/Page Down or Space (what a presenter's clicker sends),
 * `P` toggles presentation mode, `L` the laser pointer, `R` revealing the
 * step line by line, `S` the side panel and `T` the step's whole text (in
 * presentation), `M` the Canvas or the Matrix. Not while typing in a field. While a connection
 * is walked, next and previous move the packet from stop to stop first; then,
 * while revealing, they show (hide) the step's next (last) line of text and
 * connection (`lessonReveal.ts`); then they
 * step the lesson (`presenterMove`).
 */
export type LessonKeyAction =
  'previous' | 'next' | 'present' | 'laser' | 'reveal' | 'panel' | 'text' | 'matrix';

export const LESSON_SHORTCUTS: readonly { keys: string; action: string }[] = [
  {
    keys: '→, Page Down or Space',
    action: 'Next stop of the walk, else next line (when revealing), else next step',
  },
  {
    keys: '← or Page Up',
    action: 'Previous stop of the walk, else hide a line, else previous step',
  },
  { keys: 'P', action: 'Presentation mode on or off (large type, editing hidden)' },
  { keys: 'L', action: 'Laser pointer on or off (in presentation mode): a large dot that fades' },
  {
    keys: 'R',
    action: 'Reveal a lesson step line by line (its text and its connections), or all at once',
  },
  { keys: 'S', action: 'Side panel shown or hidden (in presentation mode)' },
  { keys: 'T', action: 'A lesson step’s whole text, or its first line (in presentation mode)' },
  { keys: 'M', action: 'The Matrix (large in presentation mode), or back to the Canvas' },
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
    case 'l':
    case 'L':
      return 'laser';
    case 'r':
    case 'R':
      return 'reveal';
    case 's':
    case 'S':
      return 'panel';
    case 't':
    case 'T':
      return 'text';
    case 'm':
    case 'M':
      return 'matrix';
    default:
      return null;
  }
}

export type PresenterMove =
  | { readonly kind: 'walkStop'; readonly stop: number }
  | { readonly kind: 'revealLines'; readonly lines: number }
  /** `revealed`: the step shows its first line, or (stepping back) all of them. */
  | { readonly kind: 'lessonStep'; readonly step: number; readonly revealed: 'first' | 'all' }
  | null;

interface PresenterPosition {
  /** The walk's current stop and its number of stops, when a connection is walked. */
  readonly walk: { readonly stop: number; readonly stops: number } | null;
  /** The lesson's current step and its number of steps, when a lesson is open. */
  readonly lesson: { readonly step: number; readonly steps: number } | null;
  /** The lines of the step's text shown and their number, while revealing line by line. */
  readonly reveal?: { readonly shown: number; readonly lines: number } | null;
}

/**
 * Where `next` or `previous` goes: the walk's next (previous) stop while there
 * is one, else (revealing) one more (one less) line of the step's text while
 * there is one, else the lesson's next (previous) step, else nowhere.
 */
export function presenterMove(action: 'next' | 'previous', at: PresenterPosition): PresenterMove {
  const delta = action === 'next' ? 1 : -1;
  const { walk, lesson, reveal } = at;
  if (walk !== null) {
    const stop = walk.stop + delta;
    if (stop >= 0 && stop < walk.stops) return { kind: 'walkStop', stop };
  }
  if (reveal !== undefined && reveal !== null) {
    const lines = Math.min(reveal.shown, reveal.lines) + delta;
    if (lines >= 1 && lines <= reveal.lines) return { kind: 'revealLines', lines };
  }
  if (lesson !== null) {
    const step = lesson.step + delta;
    const revealed = action === 'next' ? 'first' : 'all';
    if (step >= 0 && step < lesson.steps) return { kind: 'lessonStep', step, revealed };
  }
  return null;
}
