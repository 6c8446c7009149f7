/**
 * Opening YAML (a file, a drop, a paste). The files are read and checked in
 * a Web Worker while the status line shows how far it is, with Cancel; the
 * current design stays until the new one is ready. On success the design
 * replaces the current one (one undo step) and the positions it carries go
 * to the layout; on failure or cancel the current design stays and the
 * status line says why (the first problem and where it is).
 */
import { applyEdit, inferWorkloads, plural } from '../../engine';
import { designTitleRead } from '../../io';
import type { Doc, Issue } from '../../model';
import type { EditorStore } from '../../store';
import { collapsedOnOpen, positionsFromDoc } from '../../store';
import { nextTask, parseInWorker } from './parseInWorker';
import type { ImportSource } from './pickedFile';
import { sourceHead, sourceSize } from './pickedFile';

function issueText(issue: Issue): string {
  const where = issue.line > 0 ? `${issue.file} line ${issue.line}` : issue.file;
  return `${where}: ${issue.message}`;
}

/** The first error of a file that could not be read, where it is, and how many more there are. */
export function issuesText(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more problem')})` : '';
  return `${first === undefined ? 'The YAML is not valid.' : issueText(first)}${more}`;
}

/** Past this many characters the files' names would push what came in off the status line. */
const NAMES_SAID = 80;

/** The files in the status line: their names, or how many when the names would not fit. */
function sourcesText(sources: readonly ImportSource[]): string {
  const names = sources.map((s) => s.name).join(', ');
  return names.length <= NAMES_SAID ? names : plural(sources.length, 'file');
}

/** How many warnings the files gave and the first of them (where and what), or nothing. */
function warningsText(issues: readonly Issue[]): string {
  const first = issues[0];
  if (first === undefined) return '.';
  return `, ${plural(issues.length, 'warning')}. The first: ${issueText(first)}`;
}

/**
 * How many workloads came in, with the pods a dump's workloads stand for (the replicas of one
 * controller are one workload: `2000 workloads (5000 pods)`), so that a reader sees every pod
 * came in, and how many the canvas infers from the policies of the namespaces with none (a
 * folder of policies: `0 workloads (19 inferred from the policies)`).
 */
function workloadsText(doc: Doc): string {
  const real = plural(doc.workloads.length, 'workload');
  const pods = doc.workloads.reduce((sum, w) => sum + (w.replicas ?? 1), 0);
  const inferred = inferWorkloads(doc).length;
  const more = [
    ...(pods > doc.workloads.length ? [plural(pods, 'pod')] : []),
    ...(inferred > 0 ? [`${String(inferred)} inferred from the policies`] : []),
  ];
  return more.length === 0 ? real : `${real} (${more.join(', ')})`;
}

/**
 * How to open a collapsed namespace: the status line adds it, after how many are collapsed, while
 * a large design that opened collapsed has a namespace collapsed.
 */
export const COLLAPSED_HINT = 'double-click one (or press its Expand) to open it, or Expand all.';

/**
 * The name of a design opened from one file: the name a saved design carries
 * (`designTitleRead`), else the file's name without `.yaml`, `.yml` or `.json`;
 * none for several files or pasted text without one.
 */
export function titleOfSources(sources: readonly ImportSource[]): string | undefined {
  const only = sources.length === 1 ? sources[0] : undefined;
  if (only === undefined) return undefined;
  return designTitleRead(sourceHead(only).text) ?? /^(.+)\.(?:ya?ml|json)$/i.exec(only.name)?.[1];
}

/** The import under way, so that Cancel (or a newer import) can stop it. */
let running: AbortController | null = null;

/** Stops the import under way, if any; the current design stays. */
export function cancelImport(): void {
  running?.abort();
}

export async function importSources(
  store: EditorStore,
  sources: readonly ImportSource[],
): Promise<boolean> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const state = () => store.getState();
  const names = sources.map((s) => s.name).join(', ');
  const status = {
    names,
    bytes: sources.reduce((sum, s) => sum + sourceSize(s), 0),
    filesDone: 0,
    files: sources.length,
    startedAt: Date.now(),
  };
  state().setImporting(status);
  try {
    const parsed = await parseInWorker(
      sources,
      (progress) => {
        if (running === controller) state().setImporting({ ...status, ...progress });
      },
      controller.signal,
    );
    if (!parsed.ok) {
      state().notify({ tone: 'error', text: `Nothing imported. ${issuesText(parsed.issues)}` });
      return false;
    }
    const opened = positionsFromDoc(parsed.doc);
    const { positions } = opened;
    const title = titleOfSources(sources);
    const doc =
      title === undefined ? opened.doc : applyEdit(opened.doc, { type: 'setTitle', title });
    const collapsed = collapsedOnOpen(doc);
    // Taking the design renders the page: a task of its own, not the end of this one.
    await nextTask(controller.signal);
    state().openDoc(doc, positions, `Opened ${sourcesText(sources)}`, collapsed);
    state().keepSavedCopy('opened');
    state().select(null);
    state().requestLayout('unplaced');
    state().requestFit();
    const serviceCount = doc.services?.length ?? 0;
    const services = serviceCount > 0 ? `, ${plural(serviceCount, 'Service')}` : '';
    state().notify({
      tone: 'info',
      text: `Imported ${sourcesText(sources)}: ${plural(doc.namespaces.length, 'namespace')}, ${workloadsText(doc)}, ${plural(doc.policies.length, 'policy', 'policies')}${services}${warningsText(parsed.issues)}`,
      whileCollapsed: COLLAPSED_HINT,
    });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      if (running === controller) {
        state().notify({
          tone: 'info',
          text: `Import of ${names} cancelled; your design is unchanged.`,
        });
      }
      return false;
    }
    const reason = error instanceof Error ? error.message : String(error);
    state().notify({
      tone: 'error',
      text: `Nothing imported: reading ${names} failed (${reason}). Your design is unchanged.`,
    });
    return false;
  } finally {
    if (running === controller) {
      running = null;
      state().setImporting(null);
    }
  }
}
