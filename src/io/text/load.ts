/**
 * Reading a file into Kubernetes objects, safely: one or many YAML or JSON
 * documents (`---`, `...`, empty documents skipped, BOM, CRLF, comments,
 * anchors, aliases, `<<` merge keys) and `kind: List` wrappers, nested or not.
 *
 * ```yaml
 * apiVersion: v1
 * kind: List          # what `kubectl get ... -o yaml` prints
 * items:
 *   - {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, ...}   # one object, path items[0]
 * ```
 *
 * Limits, all checked before any constructed value is walked: 32 MiB per file
 * (refused without parsing), 64 levels of nesting, 1,000,000 nodes reached
 * through aliases. Nothing here throws: every problem becomes an `Issue`.
 */
import type { Issue } from '../../model';
import { blockYamlDocuments } from './blockYaml';
import { eventsNeedScan, MAX_DEPTH, scanEvents } from './eventIndex';
import type { BooleanWord, DuplicateKey, EventIndex } from './eventIndex';
import type { YamlEvent } from './yaml';
import { fieldPathJoin, fieldPathOf } from './fieldPath';
import { fileError, issueAt } from './fileIssue';
import { locateOffset } from './locate';
import { isRecord } from '../objects/rawObject';
import type { SourceFile } from './sourceFile';
import { documentBlanked } from './syntaxRecovery';
import { quoteText } from './pathIssue';
import { positionFinder } from './textPosition';
import type { TextPosition } from './textPosition';
import { utf8Length } from './utf8Length';
import { yamlConstruct, yamlEvents } from './yaml';

export const MAX_FILE_BYTES = 32 * 1024 * 1024;
const MIB = 1024 * 1024;

/** One Kubernetes object of a file, with the means to find its fields in the text. */
export interface LoadedObject {
  readonly file: string;
  readonly value: unknown;
  /** Where the object sits in its YAML document: '' or a List item such as `items[3]`. */
  readonly base: string;
  /** The line and column of a field path relative to the object (`spec.podSelector`). */
  readonly locate: (path: string) => TextPosition;
  /** Duplicate keys inside the object (errors), with object-relative paths. */
  readonly duplicates: readonly Issue[];
  /** Plain `y`/`yes`/`on`/… values inside the object: text here, booleans to kubectl. */
  readonly booleanWords: readonly Issue[];
}

export type LoadedObjects =
  { ok: true; objects: LoadedObject[]; issues: Issue[] } | { ok: false; issues: Issue[] };

interface LoadedDocuments {
  readonly position: (offset: number) => TextPosition;
  /** Non-empty documents, with their place among all the file's documents (`number`). */
  readonly documents: readonly { value: unknown; number: number }[];
  /**
   * The 0-based offset where a field path of the `number`-th document was written (or of
   * its nearest written ancestor); -1 when nothing has a place.
   */
  readonly offsetOf: (number: number, path: string) => number;
  readonly duplicates: readonly DuplicateKey[];
  readonly booleanWords: readonly BooleanWord[];
  /** Documents left out for a syntax error, one error each; the others were read. */
  readonly syntaxErrors: readonly Issue[];
}

function offsetIn(index: EventIndex, number: number, path: string): number {
  const root = index.roots[number];
  return root === undefined ? -1 : locateOffset(index, root, path);
}

/** The documents that hold something, numbered among all of them. */
function documentsOf(values: readonly unknown[]): { value: unknown; number: number }[] {
  const documents: { value: unknown; number: number }[] = [];
  values.forEach((value, number) => {
    if (value !== null && value !== undefined) documents.push({ value, number });
  });
  return documents;
}

/**
 * A file that needs no scan (see `eventsNeedScan`): its events are indexed the first time
 * a message asks where something was written, most files never.
 */
function loadedUnscanned(
  text: string,
  eventsOf: () => readonly YamlEvent[],
  values: readonly unknown[],
  position: (offset: number) => TextPosition,
  syntaxErrors: readonly Issue[],
): LoadedDocuments {
  let index: EventIndex | null = null;
  const offsetOf = (number: number, path: string): number => {
    if (index === null) {
      const scan = scanEvents(text, eventsOf());
      if (!scan.ok) throw new Error(`events that needed no scan failed it: ${scan.message}`);
      index = scan.index;
    }
    return offsetIn(index, number, path);
  };
  const documents = documentsOf(values);
  return { position, documents, offsetOf, duplicates: [], booleanWords: [], syntaxErrors };
}

/** The events of a file the block reader read: js-yaml reads it too, when a message needs a line. */
function eventsRead(text: string): YamlEvent[] {
  const events = yamlEvents(text, MAX_DEPTH + 2);
  if (!events.ok)
    throw new Error(`a file the block reader read fails js-yaml: ${events.failure.message}`);
  return events.value;
}

/** The UTF-8 size of `text` (exact when it may exceed `limit`). */
function utf8Size(text: string, limit: number): number {
  return text.length * 3 <= limit ? text.length : utf8Length(text);
}

function loadDocuments(
  file: SourceFile,
): { ok: true; loaded: LoadedDocuments } | { ok: false; issues: Issue[] } {
  const { name, text } = file;
  const size = utf8Size(text, MAX_FILE_BYTES);
  if (size > MAX_FILE_BYTES) {
    const mib = (size / MIB).toFixed(1);
    return { ok: false, issues: [fileError(name, `file is ${mib} MiB; the limit is 32 MiB`)] };
  }
  const position = positionFinder(text);
  const fast = blockYamlDocuments(text);
  if (fast !== null) {
    return { ok: true, loaded: loadedUnscanned(text, () => eventsRead(text), fast, position, []) };
  }
  const syntaxErrors: Issue[] = [];
  const failed = (message: string, at: TextPosition) => ({
    ok: false as const,
    issues: [...syntaxErrors, issueAt(name, at, '', 'error', message)],
  });
  // A syntax error blanks its document and the rest is read again (syntaxRecovery.ts);
  // `source` is the text read, with the same offsets as `text`.
  let source = text;
  // js-yaml counts levels a little differently; the exact limit is checked by scanEvents.
  let events = yamlEvents(source, MAX_DEPTH + 2);
  while (!events.ok && !isDepthFailure(events.failure.message)) {
    const { message, line, column } = events.failure;
    const retries = syntaxErrors.length + 1;
    const affordable =
      retries <= MAX_SYNTAX_ERRORS && (retries + 1) * text.length <= SYNTAX_RETRY_BUDGET;
    const blanked = affordable ? documentBlanked(source, line) : null;
    if (blanked === null) break;
    syntaxErrors.push(issueAt(name, { line, column }, '', 'error', syntaxMessage(message, text)));
    source = blanked;
    events = yamlEvents(source, MAX_DEPTH + 2);
  }
  if (!events.ok) {
    const { message, line, column } = events.failure;
    const why = isDepthFailure(message)
      ? `nesting deeper than ${MAX_DEPTH} levels`
      : syntaxMessage(message, text);
    return failed(why, { line, column });
  }
  if (!eventsNeedScan(source, events.value)) {
    const values = yamlConstruct(events.value, source, 'fail');
    if (values.ok) {
      const read = events.value;
      const loaded = loadedUnscanned(source, () => read, values.value, position, syntaxErrors);
      return { ok: true, loaded };
    }
    // A key written twice, or what construction refuses: read as below, for the messages.
  }
  const scan = scanEvents(source, events.value);
  if (!scan.ok) return failed(scan.message, position(scan.offset));
  const values = yamlConstruct(events.value, source);
  if (!values.ok) {
    const { message, line, column } = values.failure;
    return failed(`YAML error: ${message}`, { line, column });
  }
  const { index } = scan;
  return {
    ok: true,
    loaded: {
      position,
      documents: documentsOf(values.value),
      offsetOf: (number, path) => offsetIn(index, number, path),
      duplicates: scan.duplicates,
      booleanWords: scan.booleanWords,
      syntaxErrors,
    },
  };
}

/** Go template actions, as in a Helm chart's templates: `{{ .Values.name }}`, `{{- if … }}`. */
const TEMPLATE_ACTION = /\{\{-?\s*[-.$a-zA-Z/("]/;

/**
 * js-yaml's words, and a way out when the file is a template rather than YAML
 * (a chart's `templates/networkpolicy.yaml` holds `{{ … }}` that only `helm
 * template` fills in).
 */
function syntaxMessage(message: string, text: string): string {
  const template = TEMPLATE_ACTION.test(text)
    ? ' (this looks like a Helm or Go template: render it first, e.g. with helm template, and give the result)'
    : '';
  return `YAML syntax error: ${message}${template}`;
}

/** Syntax errors reported in one file before the rest of it is given up. */
const MAX_SYNTAX_ERRORS = 20;
/**
 * Characters parsed for one file, retries included: a file at the size limit
 * is read once, as without recovery, and a 1 MB file up to 20 times.
 */
const SYNTAX_RETRY_BUDGET = MAX_FILE_BYTES;

function isDepthFailure(message: string): boolean {
  return message.startsWith('nesting exceeded maxDepth');
}

function duplicateIssue(
  file: string,
  loaded: LoadedDocuments,
  duplicate: DuplicateKey,
  path: string,
): Issue {
  const first = loaded.position(duplicate.firstOffset);
  const message = `duplicate key ${quoteText(duplicate.key)} (first at line ${first.line})`;
  return issueAt(file, loaded.position(duplicate.offset), path, 'error', message);
}

/**
 * The YAML documents of a file, as values (empty documents left out), and
 * `locate(document, path)`: the line and column where a field path of the
 * `document`-th of them (`[3].port`, `expectations[0].from`) was written, or
 * of its nearest written ancestor. Fails on a syntax error, a file too large
 * or too deep, a YAML bomb, and on duplicate keys.
 */
export function loadYaml(file: SourceFile):
  | {
      ok: true;
      documents: unknown[];
      issues: Issue[];
      locate: (document: number, path: string) => TextPosition;
    }
  | { ok: false; issues: Issue[] } {
  const result = loadDocuments(file);
  if (!result.ok) return result;
  const { loaded } = result;
  const issues = [
    ...loaded.syntaxErrors,
    ...loaded.duplicates.map((duplicate) =>
      duplicateIssue(file.name, loaded, duplicate, fieldPathOf(duplicate.segments)),
    ),
  ];
  if (issues.length > 0) return { ok: false, issues };
  const locate = (document: number, path: string): TextPosition => {
    const number = loaded.documents[document]?.number;
    if (number === undefined) return { line: 0, column: 0 };
    return loaded.position(loaded.offsetOf(number, path));
  };
  return {
    ok: true,
    documents: loaded.documents.map((document) => document.value),
    issues,
    locate,
  };
}

/** Whether `value` is a `List` wrapper (`kind: List`, `NetworkPolicyList`, ...) to unwrap. */
function isList(value: unknown): value is { items: unknown } {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    value.kind.endsWith('List') &&
    (Array.isArray(value.items) || value.items === null)
  );
}

/**
 * An item of a typed list, with the `apiVersion` and `kind` the API leaves out
 * of each item (what `kubectl get --raw` and client libraries print):
 *
 * ```yaml
 * apiVersion: networking.k8s.io/v1
 * kind: NetworkPolicyList
 * items:
 *   - metadata: {name: deny-all}      # a networking.k8s.io/v1 NetworkPolicy
 * ```
 */
function listItemTyped(list: Record<string, unknown>, item: unknown): unknown {
  const kind = typeof list.kind === 'string' ? list.kind.slice(0, -'List'.length) : '';
  if (kind === '' || !isRecord(item)) return item;
  if (item.kind !== undefined && item.apiVersion !== undefined) return item;
  return {
    ...(item.apiVersion === undefined && typeof list.apiVersion === 'string'
      ? { apiVersion: list.apiVersion }
      : {}),
    ...(item.kind === undefined ? { kind } : {}),
    ...item,
  };
}

/**
 * A plain `yes` (`y`, `n`, `no`, `on`, `off`) where text is expected. YAML 1.1, which kubectl
 * reads, makes it a boolean, and the API server refuses a boolean for a string field. As a
 * warning it is read as the text it looks like (a namespace named `y` can be drawn); as an
 * error it says what `kubectl apply` would.
 */
function booleanWordIssue(
  file: string,
  at: TextPosition,
  path: string,
  word: string,
  severity: Issue['severity'],
): Issue {
  const message =
    severity === 'warning'
      ? `read as the text "${word}"; kubectl reads an unquoted ${word} as a boolean ` +
        `(YAML 1.1) and would reject it: write "${word}" in quotes`
      : `must be a string, not a boolean: kubectl reads an unquoted ${word} as ` +
        `${String(/^(y|yes|on)$/i.test(word))} (YAML 1.1) and the API server rejects it: ` +
        `write "${word}" in quotes`;
  return issueAt(file, at, path, severity, message);
}

/**
 * The objects of a file: documents, with `List` items unwrapped and located. `booleanWords`
 * is the severity of a plain yes/no/on/off/y/n where text is expected (see `booleanWordIssue`).
 */
export function loadObjects(
  file: SourceFile,
  booleanWords: Issue['severity'] = 'warning',
): LoadedObjects {
  const result = loadDocuments(file);
  if (!result.ok) return result;
  const { loaded } = result;
  const objects: { value: unknown; base: string; number: number }[] = [];
  const unwrap = (value: unknown, base: string, number: number): void => {
    if (!isList(value)) {
      objects.push({ value, base, number });
      return;
    }
    const items: readonly unknown[] = Array.isArray(value.items) ? value.items : [];
    items.forEach((item, i) => {
      unwrap(listItemTyped(value, item), fieldPathJoin(base, `items[${i}]`), number);
    });
  };
  for (const { value, number } of loaded.documents) unwrap(value, '', number);

  const byBase = new Map<string, number>();
  objects.forEach((object, i) => byBase.set(`${object.number}:${object.base}`, i));
  /** The innermost object whose base is a prefix of the path, and the path relative to it. */
  const ownerOf = (document: number, segments: readonly (string | number)[]) => {
    let owner = byBase.get(`${document}:`) ?? -1;
    let ownerLength = 0;
    segments.forEach((_, k) => {
      const found = byBase.get(`${document}:${fieldPathOf(segments.slice(0, k + 1))}`);
      if (found !== undefined) [owner, ownerLength] = [found, k + 1];
    });
    const path = fieldPathOf(owner === -1 ? segments : segments.slice(ownerLength));
    return { owner, path };
  };
  const duplicatesOf = new Map<number, Issue[]>();
  const booleanWordsOf = new Map<number, Issue[]>();
  const issues: Issue[] = [...loaded.syntaxErrors];
  const assign = (into: Map<number, Issue[]>, owner: number, issue: Issue): void => {
    const list = into.get(owner) ?? [];
    list.push(issue);
    into.set(owner, list);
  };
  for (const duplicate of loaded.duplicates) {
    const { owner, path } = ownerOf(duplicate.document, duplicate.segments);
    const issue = duplicateIssue(file.name, loaded, duplicate, path);
    if (owner === -1) issues.push(issue);
    else assign(duplicatesOf, owner, issue);
  }
  for (const found of loaded.booleanWords) {
    const { owner, path } = ownerOf(found.document, found.segments);
    if (owner === -1) continue;
    const at = loaded.position(found.offset);
    assign(booleanWordsOf, owner, booleanWordIssue(file.name, at, path, found.word, booleanWords));
  }
  const located = objects.map((object, i): LoadedObject => ({
    file: file.name,
    value: object.value,
    base: object.base,
    locate: (path) =>
      loaded.position(loaded.offsetOf(object.number, fieldPathJoin(object.base, path))),
    duplicates: duplicatesOf.get(i) ?? [],
    booleanWords: booleanWordsOf.get(i) ?? [],
  }));
  return { ok: true, objects: located, issues };
}
