/**
 * What the deletion asked about would change, for the panels: sent by the derivation worker
 * for the document on show (an answer for an older document or another deletion is not
 * shown), or worked out here without a worker.
 */
import type { Doc } from '../../model';
import type { EditorState } from '../editorState';
import type { DeletionPreview } from './deletionPreview';
import { deriveDeletionPreview } from './deletionPreview';
import { memoWeak } from './memoWeak';
import { selectIndex } from './selectors';
import { selectViewDoc } from './viewDoc';

const previewsByDoc = memoWeak((_doc: Doc) => new Map<string, DeletionPreview>());

/**
 * The preview of the deletion with `key`: null when it was not asked for (or another one
 * was since), `'working'` while the worker has not answered for this document.
 */
export function selectDeletionPreview(
  state: EditorState,
  key: string,
): DeletionPreview | 'working' | null {
  const request = state.deletionRequest;
  if (request?.key !== key) return null;
  const { derived } = state;
  if (derived !== null) {
    const sent = derived.preview;
    return sent !== null && sent.key === key && sent.doc === state.doc ? sent.preview : 'working';
  }
  const doc = selectViewDoc(state);
  const cache = previewsByDoc(doc);
  let preview = cache.get(key);
  if (preview === undefined) {
    preview = deriveDeletionPreview(doc, selectIndex(state), request.edit);
    cache.set(key, preview);
  }
  return preview;
}
