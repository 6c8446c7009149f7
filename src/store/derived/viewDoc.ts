/**
 * The document every derivation starts from: the design plus the pods
 * inferred from the policies for namespaces that have policies and no pods
 * (`withInferred`). One pure step, memoised by the document's identity, so
 * that wherever derivation runs (here, or in a worker) it starts the same way.
 * What is saved, exported and edited is `state.doc` itself.
 */
import { withInferred } from '../../engine';
import type { Doc } from '../../model';
import type { EditorState } from '../editorState';
import { memoWeak } from './memoWeak';

const viewDocOf = memoWeak(withInferred);

/** The design plus its inferred workloads; `state.doc` itself when nothing is inferred. */
export function selectViewDoc(state: EditorState): Doc {
  return viewDocOf(state.doc);
}
