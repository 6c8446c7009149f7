/**
 * Flow logs opened (Hubble's JSON lines or a CSV of connections): read them
 * in the import worker (a log of tens of thousands of flows would hold the
 * page for a second) and open the generate dialog, which proposes policies from them for the
 * current design; a log with a mistake is reported with its file and line,
 * and the design stays as it is.
 */
import type { EditorStore } from '../../store';
import { flowsReadInWorker } from '../import/parseInWorker';
import type { ImportSource } from '../import/pickedFile';

export async function reviewFlowLogs(
  store: EditorStore,
  files: readonly ImportSource[],
): Promise<void> {
  const names = files.map((f) => f.name).join(', ');
  let read;
  try {
    read = await flowsReadInWorker(files);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .notify({ tone: 'error', text: `Nothing proposed: ${names} could not be read (${why}).` });
    return;
  }
  const state = store.getState();
  const [first] = read.issues;
  if (first !== undefined) {
    const more = read.issues.length > 1 ? ` (and ${read.issues.length - 1} more)` : '';
    state.notify({
      tone: 'error',
      text: `Nothing proposed. ${first.file} line ${first.line}: ${first.message}${more}`,
    });
    return;
  }
  if (read.connections.length === 0) {
    state.notify({
      tone: 'error',
      text: `Nothing proposed: ${names} holds no connection that was let through.`,
    });
    return;
  }
  state.reviewObserved({ names, connections: read.connections, counts: read.counts });
}
