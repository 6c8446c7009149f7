/**
 * Many files in, one document out. After each object is read (see
 * `readObjects.ts`), the input is checked as a whole:
 *
 * - a NetworkPolicy namespace/name given twice is an error (kubectl would
 *   refuse the second `create`); a workload, Namespace or ExternalEndpoint
 *   given twice is a warning and the second is skipped;
 * - the Pods of one controller (the replicas of a Deployment, …) become one
 *   workload with a replica count, when their labels and ports agree;
 * - a workload that owns pods (or ReplicaSets, or Jobs) of the input is left
 *   out with a warning, so one set of pods is not counted twice;
 * - every namespace something lives in exists: the Namespace objects first,
 *   then, in order of first appearance, those no Namespace object declares.
 *
 * The document is returned only when no error was found in any file; every
 * issue of every file is returned either way.
 */
import { replicasText } from '../engine';
import { EMPTY_DOC, podKeyOf } from '../model';
import type { Doc, Issue, Namespace } from '../model';
import { implicitNamespace } from './objects/namespace';
import { findOwnersToDrop } from './objects/ownership';
import { emptyReadObjects, objectIssue, readFile } from './objects/readObjects';
import { groupReplicas } from './objects/replicaGroups';
import type { ParseOptions, Read, ReadObjects } from './objects/readObjects';
import { quoteText, textPrintable } from './text/pathIssue';
import { fileError } from './text/fileIssue';
import type { SourceFile } from './text/sourceFile';

export type ParseResult = { ok: true; doc: Doc; issues: Issue[] } | { ok: false; issues: Issue[] };

/** How far `parseFiles` is: before each file, and once more before the document is assembled. */
export interface ParseProgress {
  /** The file about to be read; '' while the document is assembled. */
  readonly file: string;
  readonly filesDone: number;
  readonly files: number;
}

function where(read: Read<unknown>): string {
  const { line } = read.object.locate('');
  return line > 0 ? `${read.object.file}:${line}` : read.object.file;
}

/** The reads whose key was not seen before; each repeat is reported on the repeat. */
function firstOfEach<T>(
  reads: readonly Read<T>[],
  keyOf: (value: T) => string,
  report: (repeat: Read<T>, first: Read<T>, key: string) => void,
): Read<T>[] {
  const seen = new Map<string, Read<T>>();
  const kept: Read<T>[] = [];
  for (const read of reads) {
    const key = keyOf(read.value);
    const first = seen.get(key);
    if (first) report(read, first, key);
    else {
      seen.set(key, read);
      kept.push(read);
    }
  }
  return kept;
}

function assemble(input: ReadObjects): Doc {
  const { issues } = input;
  const warn = (read: Read<unknown>, message: string): void => {
    // Names of skipped objects are not validated: escape what a terminal would act on.
    const printable = textPrintable(message);
    issues.push(objectIssue(read.object, { path: '', severity: 'warning', message: printable }));
  };
  const grouped = groupReplicas(input.workloads);
  for (const { read, message } of grouped.warnings) warn(read, message);
  const dropped = findOwnersToDrop(grouped.workloads.map((read) => read.value));
  const leaves = grouped.workloads.filter((read, i) => {
    const child = dropped.get(i);
    if (!child) return true;
    const { kind, namespace, name } = read.value.workload;
    // The replicas of a Deployment are named after it: say the count, not the name twice.
    const same = child.kind === kind && child.name === name;
    const parts = [
      same ? '' : `${child.kind} ${child.namespace}/${child.name}`,
      child.replicas === undefined ? '' : replicasText(child.replicas),
    ];
    const found = parts.filter((part) => part !== '').join(', ');
    warn(read, `${kind} ${namespace}/${name} is left out: its pods are in the input (${found})`);
    return false;
  });
  const workloads = firstOfEach(
    leaves,
    ({ workload }) => podKeyOf(workload.namespace, workload.name),
    (repeat, first, key) => {
      warn(repeat, `workload ${key} is already defined (${where(first)}); this one is skipped`);
    },
  );
  const policies = firstOfEach(
    input.policies,
    ({ metadata }) => `${metadata.namespace}/${metadata.name}`,
    (repeat, first, key) => {
      const message = textPrintable(
        `NetworkPolicy ${key} is defined twice (first at ${where(first)})`,
      );
      issues.push(
        objectIssue(repeat.object, { path: 'metadata.name', severity: 'error', message }),
      );
    },
  );
  const declared = firstOfEach(
    input.namespaces,
    ({ name }) => name,
    (repeat, first, key) => {
      warn(repeat, `Namespace ${key} is already defined (${where(first)}); this one is skipped`);
    },
  );
  const externals = firstOfEach(
    input.externals,
    ({ name }) => name,
    (repeat, first, key) => {
      warn(
        repeat,
        `ExternalEndpoint ${quoteText(key)} is already defined (${where(first)}); this one is skipped`,
      );
    },
  );

  const services = firstOfEach(
    input.services,
    ({ namespace, name }) => `${namespace}/${name}`,
    (repeat, first, key) => {
      warn(repeat, `Service ${key} is already defined (${where(first)}); this one is skipped`);
    },
  );

  const namespaces: Namespace[] = declared.map((read) => read.value);
  const known = new Set(namespaces.map(({ name }) => name));
  const residents = [
    ...workloads.map((read) => ({ order: read.order, namespace: read.value.workload.namespace })),
    ...policies.map((read) => ({
      order: read.order,
      namespace: read.value.metadata.namespace,
    })),
    ...services.map((read) => ({ order: read.order, namespace: read.value.namespace })),
  ].sort((a, b) => a.order - b.order);
  for (const { namespace } of residents) {
    if (namespace === '' || known.has(namespace)) continue;
    known.add(namespace);
    namespaces.push(implicitNamespace(namespace));
  }
  return {
    ...EMPTY_DOC,
    namespaces,
    workloads: workloads.map((read) => read.value.workload),
    externals: externals.map((read) => read.value),
    policies: policies.map((read) => read.value),
    ...(services.length > 0 ? { services: services.map((read) => read.value) } : {}),
  };
}

/** Issues in input order: by file, then by line and column. */
function sortIssues(issues: readonly Issue[], files: readonly SourceFile[]): Issue[] {
  const rank = new Map<string, number>();
  files.forEach(({ name }, i) => {
    if (!rank.has(name)) rank.set(name, i);
  });
  return [...issues].sort(
    (a, b) =>
      (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
  );
}

/** Read and check every file, then build one document from all of them. */
export function parseFiles(
  files: readonly SourceFile[],
  options: ParseOptions = {},
  onProgress?: (progress: ParseProgress) => void,
): ParseResult {
  const input = emptyReadObjects();
  let order = 0;
  const nothingRead: Issue[] = [];
  files.forEach((file, i) => {
    onProgress?.({ file: file.name, filesDone: i, files: files.length });
    const read = readFile(file, input, order, options);
    order = read.next;
    if (read.nothingRead !== undefined) nothingRead.push(fileError(file.name, read.nothingRead));
  });
  // A file of kinds not read here (a ConfigMap, a Service) next to files that do hold
  // policies or pods is a warning, as those objects are inside one file; alone, an error.
  const alone = nothingRead.length === files.length;
  for (const issue of nothingRead) {
    input.issues.push(alone ? issue : { ...issue, severity: 'warning' });
  }
  onProgress?.({ file: '', filesDone: files.length, files: files.length });
  const doc = assemble(input);
  const issues = sortIssues(input.issues, files);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return { ok: true, doc, issues };
}
