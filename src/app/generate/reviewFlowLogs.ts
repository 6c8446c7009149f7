/**
 * Flow logs opened (Hubble's JSON lines or a CSV of connections): read them
 * and open the generate dialog, which proposes policies from them for the
 * current design; a log with a mistake is reported with its file and line,
 * and the design stays as it is.
 */
import type { SourceFile } from '../../io';
import { flowsRead } from '../../io';
import type { EditorStore } from '../../store';

export function reviewFlowLogs(store: EditorStore, files: readonly SourceFile[]): void {
  const state = store.getState();
  const names = files.map((f) => f.name).join(', ');
  const read = flowsRead(files);
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
