/**
 * "Copy link": the whole design, its layout and name in the address's
 * fragment (`shareLink.ts`), with the lesson step the address names when a
 * lesson is open (and the lesson itself when it is the trainer's own, which
 * no other browser has), put on the clipboard. Nothing is sent anywhere.
 */
import type { EditorState, EditorStore, SavedDesign } from '../store';
import { SHARE_LINK_LIMIT, shareFragmentOf } from '../store';
import type { Lesson } from '../workshop';

/** What a link shares: the user's design (the one under a lesson, while a lesson is open). */
export function sharedDesign(state: EditorState): SavedDesign {
  const saved = state.lessonSession?.saved;
  if (saved !== undefined) {
    return { doc: saved.doc, positions: saved.positions, collapsed: saved.collapsed ?? [] };
  }
  return { doc: state.doc, positions: state.positions, collapsed: state.collapsed };
}

/** The lesson a link carries: the open one when it is the trainer's own; null otherwise. */
export function sharedLesson(state: EditorState): Lesson | null {
  const session = state.lessonSession;
  return session === null || session.builtIn ? null : session.lesson;
}

/**
 * The link to `design` from the page at `location` (its query keeps the lesson and step),
 * with `lesson` when the open lesson is the trainer's own.
 */
export async function shareLinkOf(
  design: SavedDesign,
  location: { readonly origin: string; readonly pathname: string; readonly search: string },
  lesson: Lesson | null = null,
): Promise<string> {
  const fragment = await shareFragmentOf(design, lesson);
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}

function kilobytes(chars: number): string {
  return `${(chars / 1000).toFixed(1)} KB`;
}

/** Copies the link to the design; the status line says what happened. */
export async function copyShareLink(store: EditorStore): Promise<void> {
  const state = store.getState();
  const { notify } = state;
  const lesson = sharedLesson(state);
  const link = await shareLinkOf(sharedDesign(state), window.location, lesson);
  if (link.length > SHARE_LINK_LIMIT) {
    const what =
      lesson === null ? 'This design is' : `This design with the lesson “${lesson.title}” is`;
    const files =
      lesson === null
        ? 'Use Save design to share it as a file.'
        : 'Share the lesson as a file instead (Lessons… → Save as lesson file), and the design with Save design.';
    notify({
      tone: 'error',
      text: `${what} too large for a link (${kilobytes(link.length)}; chat tools and browsers cut links past about ${kilobytes(SHARE_LINK_LIMIT)}). ${files}`,
    });
    return;
  }
  try {
    await navigator.clipboard.writeText(link);
  } catch (_denied) {
    notify({ tone: 'error', text: 'The browser did not allow copying the link.' });
    return;
  }
  notify({
    tone: 'info',
    text: `Link copied (${kilobytes(link.length)}): it holds the whole design${lesson === null ? '' : ' and your lesson'}, so nothing is sent to a server. Whoever opens it gets a copy; your design stays yours.`,
  });
}
