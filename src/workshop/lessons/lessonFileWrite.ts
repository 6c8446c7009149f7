/**
 * A lesson written as a file a trainer can keep, share and open again (read
 * back by `lessonFileParse`, see `lessonFile.ts` for the format). Each step's
 * design is written as the importer's own export (`serializeDocument`) in a
 * literal block, so it can be copied out and given to `kubectl`. Texts are
 * written as double-quoted YAML strings (JSON's quoting is valid YAML), so no
 * word of a text can be read as anything but text.
 */
import { serializeDocument } from '../../io';
import type { Lesson, LessonClaim, LessonConnection, LessonStep } from './lesson';
import { lessonIdIsValid } from './lesson';
import { LESSON_API_VERSION, LESSON_KIND } from './lessonFile';

/** Characters YAML does not allow raw in a double-quoted string, escaped as `\uXXXX`. */
const NOT_PRINTABLE = '[\\u007f-\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff]';
const NOT_PRINTABLE_ALL = new RegExp(NOT_PRINTABLE, 'g');
const NOT_PRINTABLE_ANY = new RegExp(NOT_PRINTABLE);

function quoted(text: string): string {
  return JSON.stringify(text).replace(
    NOT_PRINTABLE_ALL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function connectionFields(c: LessonConnection): string {
  return `from: ${quoted(c.from)}, to: ${quoted(c.to)}, port: ${c.port}, protocol: ${c.protocol}`;
}

function claimLine(claim: LessonClaim): string {
  return `{${connectionFields(claim)}, allowed: ${String(claim.allowed)}}`;
}

/** Whether `text` can be written as a literal block and read back exactly. */
function fitsLiteralBlock(text: string): boolean {
  if (text === '' || !text.endsWith('\n') || text.endsWith('\n\n')) return false;
  if (/^[ \t]/.test(text) || /[\r\t]/.test(text) || NOT_PRINTABLE_ANY.test(text)) return false;
  // Lines of spaces only would change the block's indentation.
  return !text.split('\n').some((line) => line !== '' && line.trim() === '');
}

function documentLines(text: string, indent: string): string[] {
  if (!fitsLiteralBlock(text)) return [`${indent}document: ${quoted(text)}`];
  const body = text
    .slice(0, -1)
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}  ${line}`));
  return [`${indent}document: |`, ...body];
}

function stepLines(step: LessonStep): string[] {
  const lines = [`    - title: ${quoted(step.title)}`, `      text: ${quoted(step.text)}`];
  if (step.standsAlone !== undefined) lines.push(`      standsAlone: ${String(step.standsAlone)}`);
  if (step.policy !== undefined) {
    lines.push('      policy:', `        name: ${quoted(step.policy.name)}`);
    const { marks } = step.policy;
    if (marks !== undefined) lines.push(`        marks: [${marks.map(quoted).join(', ')}]`);
  }
  const { nodes, connection, lines: drawn } = step.focus;
  if (nodes !== undefined || connection !== undefined || drawn !== undefined) {
    lines.push('      focus:');
    if (nodes !== undefined) lines.push(`        nodes: [${nodes.map(quoted).join(', ')}]`);
    if (connection !== undefined) {
      lines.push(`        connection: {${connectionFields(connection)}}`);
    }
    if (drawn !== undefined) {
      lines.push(drawn.length === 0 ? '        lines: []' : '        lines:');
      for (const line of drawn) lines.push(`          - {${connectionFields(line)}}`);
    }
  }
  if (step.expect !== undefined) {
    lines.push(step.expect.length === 0 ? '      expect: []' : '      expect:');
    for (const claim of step.expect) lines.push(`        - ${claimLine(claim)}`);
  }
  lines.push(...documentLines(serializeDocument(step.doc), '      '));
  return lines;
}

/** The lesson as a lesson file. */
export function lessonFileSerialize(lesson: Lesson): string {
  if (!lessonIdIsValid(lesson.id)) throw new Error(`not a lesson id: ${lesson.id}`);
  const lines = [
    '# A netpol-canvas lesson: open it from the lessons menu.',
    `apiVersion: ${LESSON_API_VERSION}`,
    `kind: ${LESSON_KIND}`,
    'metadata:',
    `  name: ${lesson.id}`,
    'spec:',
    `  title: ${quoted(lesson.title)}`,
    `  summary: ${quoted(lesson.summary)}`,
    lesson.steps.length === 0 ? '  steps: []' : '  steps:',
    ...lesson.steps.flatMap(stepLines),
  ];
  return `${lines.join('\n')}\n`;
}
