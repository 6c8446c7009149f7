/**
 * "Copy link": the whole design, its layout and name in the address's
 * fragment (`shareLink.ts`), with the lesson step the address names when a
 * lesson is open, put on the clipboard. Nothing is sent anywhere.
 */
import type { EditorState, EditorStore, SavedDesign } from '../store';
import { SHARE_LINK_LIMIT, shareFragmentOf } from '../store';

/** What a link shares: the user's design (the one under a lesson, while a lesson is open). */
export function sharedDesign(state: EditorState): SavedDesign {
  const saved = state.lessonSession?.saved;
  if (saved !== undefined) {
    return { doc: saved.doc, positions: saved.positions, collapsed: saved.collapsed ?? [] };
  }
  return { doc: state.doc, positions: state.positions, collapsed: state.collapsed };
}

/** The link to `design` from the page at `location` (its query keeps the lesson and step). */
export async function shareLinkOf(
  design: SavedDesign,
  location: { readonly origin: string; readonly pathname: string; readonly search: string },
): Promise<string> {
  const fragment = await shareFragmentOf(design);
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}

function kilobytes(chars: number): string {
  return `${(chars / 1000).toFixed(1)} KB`;
}

/** Copies the link to the design; the status line says what happened. */
export async function copyShareLink(store: EditorStore): Promise<void> {
  const notify = store.getState().notify;
  const link = await shareLinkOf(sharedDesign(store.getState()), window.location);
  if (link.length > SHARE_LINK_LIMIT) {
    notify({
      tone: 'error',
      text: `This design is too large for a link (${kilobytes(link.length)}; chat tools and browsers cut links past about ${kilobytes(SHARE_LINK_LIMIT)}). Use Save design to share it as a file.`,
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
    text: `Link copied (${kilobytes(link.length)}): it holds the whole design, so nothing is sent to a server. Whoever opens it gets a copy; your design stays yours.`,
  });
}
