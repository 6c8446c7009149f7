/**
 * A step's document inside a lesson file, read by the importer exactly as a
 * user's YAML is. Two ways to write it:
 *
 * ```yaml
 * document: |              # the design as kubectl reads it: YAML documents, `---` between
 *   apiVersion: v1
 *   kind: Namespace
 *   metadata: {name: prod}
 * document:                # or its objects inline, as a list
 *   - {apiVersion: v1, kind: Namespace, metadata: {name: prod}}
 * ```
 *
 * The importer's issues are placed in the lesson file: at their own line
 * inside a literal block (`|`), else at the `document` field, with the line of
 * the document or the object's place in the list.
 */
import { parseFiles } from '../../io';
import type { Doc, Issue } from '../../model';
import { pathJoin } from './lessonFileFields';

export interface LessonFileText {
  readonly name: string;
  readonly lines: readonly string[];
  /** Where a field path of the lesson was written (line 0 when nowhere). */
  readonly locate: (path: string) => { line: number; column: number };
}

function leadingSpaces(line: string | undefined): number {
  return line === undefined ? 0 : line.length - line.trimStart().length;
}

/** The line of the lesson file where a literal block's first line is, or null for any other style. */
function literalBlockStart(file: LessonFileText, path: string): number | null {
  const { line, column } = file.locate(path);
  const rest = file.lines[line - 1]?.slice(column - 1) ?? '';
  const value = rest.replace(/^document\s*:\s*/, '');
  return value !== rest && /^\|[0-9+-]*\s*(#.*)?$/.test(value) ? line + 1 : null;
}

/** The step document written as a string (`document: |`). */
function fromText(
  text: string,
  path: string,
  file: LessonFileText,
): { doc: Doc | null; issues: Issue[] } {
  const parsed = parseFiles([{ name: file.name, text }]);
  const start = literalBlockStart(file, path);
  const innerLines = text.split('\n');
  const at = file.locate(path);
  const issues = parsed.issues.map((issue): Issue => {
    const inner = issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
    if (start !== null && issue.line > 0) {
      const line = start + issue.line - 1;
      const indent =
        leadingSpaces(file.lines[line - 1]) - leadingSpaces(innerLines[issue.line - 1]);
      const column = issue.column > 0 ? issue.column + Math.max(indent, 0) : 0;
      return { ...issue, file: file.name, line, column, path, message: inner };
    }
    const where = issue.line > 0 ? `line ${issue.line} of the document: ` : '';
    return { ...issue, file: file.name, ...at, path, message: `${where}${inner}` };
  });
  return { doc: parsed.ok ? parsed.doc : null, issues };
}

/**
 * The step document written as a list of objects. Each object becomes one line
 * of JSON (which is YAML) with `---` between them, so object `i` is on line
 * `2i + 1` of the text the importer reads.
 */
function fromObjects(
  objects: readonly unknown[],
  path: string,
  file: LessonFileText,
): { doc: Doc | null; issues: Issue[] } {
  const text = objects.map((object) => JSON.stringify(object)).join('\n---\n');
  const parsed = parseFiles([{ name: file.name, text }]);
  const issues = parsed.issues.map((issue): Issue => {
    const object = issue.line > 0 ? Math.floor((issue.line - 1) / 2) : -1;
    const base = object >= 0 ? pathJoin(path, object) : path;
    const where =
      issue.path === '' ? base : `${base}${issue.path.startsWith('[') ? '' : '.'}${issue.path}`;
    return { ...issue, file: file.name, ...file.locate(where), path: where };
  });
  return { doc: parsed.ok ? parsed.doc : null, issues };
}

/** The document of a step: null (with errors in `issues`) when it does not import. */
export function stepDocumentRead(
  value: unknown,
  path: string,
  file: LessonFileText,
): { doc: Doc | null; issues: Issue[] } {
  if (typeof value === 'string') return fromText(value, path, file);
  if (Array.isArray(value)) return fromObjects(value, path, file);
  const message =
    value === undefined
      ? 'is required: the YAML of the design, or a list of its objects'
      : 'must be the YAML of the design (a string) or a list of its objects';
  return {
    doc: null,
    issues: [{ file: file.name, ...file.locate(path), path, severity: 'error', message }],
  };
}
