/**
 * Opening YAML (a file, a drop, a paste): on success the design replaces the
 * current one and the positions it carries go to the layout (together one
 * undo step); on failure the current design stays and the status line names
 * the first problem and where it is.
 */
import type { SourceFile } from '../io';
import { parseFiles } from '../io';
import type { Issue } from '../model';
import type { EditorStore } from '../store';
import { positionsFromDoc } from '../store';

function issueText(issue: Issue): string {
  const where = issue.line > 0 ? `${issue.file} line ${issue.line}` : issue.file;
  return `${where}: ${issue.message}`;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

export function importSources(store: EditorStore, sources: readonly SourceFile[]): boolean {
  const state = store.getState();
  const parsed = parseFiles(sources);
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more problem')})` : '';
    state.notify({
      tone: 'error',
      text: `Nothing imported. ${first === undefined ? 'The YAML is not valid.' : issueText(first)}${more}`,
    });
    return false;
  }
  const { doc, positions } = positionsFromDoc(parsed.doc);
  state.replaceDoc(doc, positions);
  state.select(null);
  state.requestFit();
  const warnings = parsed.issues.length > 0 ? `, ${plural(parsed.issues.length, 'warning')}` : '';
  state.notify({
    tone: 'info',
    text: `Imported ${sources.map((s) => s.name).join(', ')}: ${plural(doc.namespaces.length, 'namespace')}, ${plural(doc.workloads.length, 'workload')}, ${plural(doc.policies.length, 'policy', 'policies')}${warnings}.`,
  });
  return true;
}
