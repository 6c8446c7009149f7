/**
 * A trainer's own lesson as a file, read back. The file is one YAML document
 * (written by `lessonFileSerialize`, or by hand):
 *
 * ```yaml
 * apiVersion: netpol-canvas.dev/v1alpha1
 * kind: Lesson
 * metadata:
 *   name: my-lesson                 # the id: ?lesson=my-lesson
 * spec:
 *   title: My lesson
 *   summary: What it shows.
 *   steps:
 *     - title: The database is isolated
 *       text: Two or three sentences.
 *       standsAlone: true           # optional: not a change of the step before
 *       policy:                     # optional: shown beside the canvas, lines marked
 *         name: prod/db-policy
 *         marks: ['spec.ingress[0].from[1]']
 *       focus:                      # optional
 *         nodes: [prod/db]
 *         connection: {from: prod/api, to: prod/db, port: 3306, protocol: TCP}
 *         lines:                    # connections drawn while the step is open
 *           - {from: prod/web, to: prod/api, port: 5000}
 *       expect:                     # optional: claims, checked against the engine
 *         - {from: prod/web, to: prod/db, port: 3306, allowed: false}
 *       document: |                 # the design (see lessonFileDocument.ts)
 *         apiVersion: v1
 *         ...
 * ```
 *
 * Every problem is an `Issue` with the field path (`spec.steps[1].expect[0].port`)
 * and its line; nothing here throws. Unknown fields are warnings. An end a
 * claim or the focus names must exist in that step's document.
 */
import type { SourceFile } from '../../io';
import { loadYaml } from '../../io';
import type { Issue } from '../../model';
import type { Lesson, LessonFocus, LessonPolicyShow, LessonStep } from './lesson';
import { lessonPolicyOf } from './lessonPolicy';
import { lessonIdIsValid } from './lesson';
import { lessonEndpointOf, lessonNodeOf } from './lessonEndpoint';
import { stepDocumentRead } from './lessonFileDocument';
import type { LessonFileText } from './lessonFileDocument';
import type { FieldReport } from './lessonFileFields';
import {
  claimRead,
  connectionRead,
  flagRead,
  listRead,
  pathJoin,
  recordRead,
  textRead,
} from './lessonFileFields';

export const LESSON_API_VERSION = 'netpol-canvas.dev/v1alpha1';
export const LESSON_KIND = 'Lesson';

export type LessonFileResult =
  | { readonly ok: true; readonly lesson: Lesson; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const STEP_FIELDS = ['title', 'text', 'standsAlone', 'policy', 'focus', 'expect', 'document'];

function focusRead(value: unknown, path: string, report: FieldReport): LessonFocus {
  if (value === undefined) return {};
  const record = recordRead(value, path, ['nodes', 'connection', 'lines'], report);
  if (record === null) return {};
  const nodes =
    record.nodes === undefined
      ? undefined
      : listRead(record.nodes, pathJoin(path, 'nodes'), report)?.flatMap((node, i) => {
          const text = textRead(node, pathJoin(pathJoin(path, 'nodes'), i), report);
          return text === null ? [] : [text];
        });
  const connection =
    record.connection === undefined
      ? undefined
      : connectionRead(record.connection, pathJoin(path, 'connection'), report);
  const linesPath = pathJoin(path, 'lines');
  const lines =
    record.lines === undefined
      ? undefined
      : listRead(record.lines, linesPath, report)?.flatMap(
          (line, i) => connectionRead(line, pathJoin(linesPath, i), report) ?? [],
        );
  return {
    ...(nodes === undefined ? {} : { nodes }),
    ...(connection === undefined || connection === null ? {} : { connection }),
    ...(lines === undefined ? {} : { lines }),
  };
}

function policyRead(value: unknown, path: string, report: FieldReport): LessonPolicyShow | null {
  const record = recordRead(value, path, ['name', 'marks'], report);
  if (record === null) return null;
  const name = textRead(record.name, pathJoin(path, 'name'), report);
  const marksPath = pathJoin(path, 'marks');
  const marks =
    record.marks === undefined
      ? undefined
      : listRead(record.marks, marksPath, report)?.flatMap(
          (mark, i) => textRead(mark, pathJoin(marksPath, i), report) ?? [],
        );
  if (name === null) return null;
  return { name, ...(marks === undefined ? {} : { marks }) };
}

function stepRead(
  value: unknown,
  path: string,
  file: LessonFileText,
  report: FieldReport,
  issues: Issue[],
): LessonStep | null {
  const record = recordRead(value, path, STEP_FIELDS, report);
  if (record === null) return null;
  const title = textRead(record.title, pathJoin(path, 'title'), report);
  const text = textRead(record.text, pathJoin(path, 'text'), report);
  const focus = focusRead(record.focus, pathJoin(path, 'focus'), report);
  const standsAlone =
    record.standsAlone === undefined
      ? null
      : flagRead(record.standsAlone, pathJoin(path, 'standsAlone'), report);
  const policy =
    record.policy === undefined
      ? null
      : policyRead(record.policy, pathJoin(path, 'policy'), report);
  const expectPath = pathJoin(path, 'expect');
  const claims =
    record.expect === undefined
      ? undefined
      : listRead(record.expect, expectPath, report)?.map((claim, i) =>
          claimRead(claim, pathJoin(expectPath, i), report),
        );
  const document = stepDocumentRead(record.document, pathJoin(path, 'document'), file);
  issues.push(...document.issues);
  const { doc } = document;
  if (doc === null || title === null || text === null) return null;
  // Every end named must be in this step's document.
  const missing = (end: string, where: string, what: string): void => {
    report.error(where, `${what} "${end}" is not in this step's document`);
  };
  (focus.nodes ?? []).forEach((node, i) => {
    const where = pathJoin(pathJoin(path, 'focus.nodes'), i);
    if (lessonNodeOf(doc, node) === null) missing(node, where, 'node');
  });
  const ends = [
    ...(focus.connection
      ? [{ connection: focus.connection, at: pathJoin(path, 'focus.connection') }]
      : []),
    ...(focus.lines ?? []).map((c, i) => ({
      connection: c,
      at: pathJoin(pathJoin(path, 'focus.lines'), i),
    })),
    ...(claims ?? []).flatMap((c, i) =>
      c ? [{ connection: c, at: pathJoin(expectPath, i) }] : [],
    ),
  ];
  for (const { connection, at } of ends) {
    for (const side of ['from', 'to'] as const) {
      const end = connection[side];
      if (lessonEndpointOf(doc, end) === null) missing(end, pathJoin(at, side), 'end');
    }
  }
  if (policy !== null && lessonPolicyOf(doc, policy.name) === undefined) {
    missing(policy.name, pathJoin(path, 'policy.name'), 'policy');
  }
  if (claims?.includes(null) === true) return null;
  const expect = claims?.flatMap((c) => (c === null ? [] : [c]));
  return {
    title,
    text,
    doc,
    focus,
    ...(expect === undefined ? {} : { expect }),
    ...(standsAlone === null ? {} : { standsAlone }),
    ...(policy === null ? {} : { policy }),
  };
}

/** A lesson file read back into a lesson, or the problems that keep it from being one. */
export function lessonFileParse(source: SourceFile): LessonFileResult {
  const loaded = loadYaml(source);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  const issues: Issue[] = [...loaded.issues];
  const file: LessonFileText = {
    name: source.name,
    lines: source.text.split(/\r?\n/),
    locate: (path) => loaded.locate(0, path),
  };
  const add = (severity: Issue['severity']) => (path: string, message: string) => {
    const at = path === '' ? { line: 0, column: 0 } : file.locate(path);
    issues.push({ file: file.name, ...at, path, severity, message });
  };
  const report: FieldReport = { error: add('error'), warn: add('warning') };
  if (loaded.documents.length !== 1) {
    const count = loaded.documents.length;
    report.error('', `a lesson file holds one Lesson object; this one has ${count} YAML documents`);
    return { ok: false, issues };
  }
  const root = recordRead(
    loaded.documents[0],
    '',
    ['apiVersion', 'kind', 'metadata', 'spec'],
    report,
  );
  if (root === null) return { ok: false, issues };
  if (root.apiVersion !== LESSON_API_VERSION || root.kind !== LESSON_KIND) {
    const where = root.apiVersion !== LESSON_API_VERSION ? 'apiVersion' : 'kind';
    report.error(
      where,
      `a lesson file starts with apiVersion: ${LESSON_API_VERSION} and kind: ${LESSON_KIND}`,
    );
  }
  const metadata = recordRead(root.metadata, 'metadata', ['name'], report);
  const id = metadata === null ? null : textRead(metadata.name, 'metadata.name', report);
  if (id !== null && !lessonIdIsValid(id)) {
    report.error(
      'metadata.name',
      'must be lowercase letters, digits and dashes (at most 63), starting and ending with a letter or digit',
    );
  }
  const spec = recordRead(root.spec, 'spec', ['title', 'summary', 'steps'], report);
  const title = spec === null ? null : textRead(spec.title, 'spec.title', report);
  const summary =
    spec?.summary === undefined ? '' : textRead(spec.summary, 'spec.summary', report, true);
  const list = spec === null ? null : listRead(spec.steps, 'spec.steps', report);
  if (list !== null && list.length === 0)
    report.error('spec.steps', 'a lesson needs at least one step');
  const steps = (list ?? []).map((step, i) =>
    stepRead(step, pathJoin('spec.steps', i), file, report, issues),
  );
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  if (id === null || title === null || summary === null) return { ok: false, issues };
  const lesson: Lesson = { id, title, summary, steps: steps.flatMap((s) => (s ? [s] : [])) };
  return { ok: true, lesson, issues };
}
