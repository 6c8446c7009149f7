/**
 * A lesson kept in the browser (the one being written, or a trainer's own
 * lesson that is open) as text: JSON with each step's design as the YAML of
 * `serializeDocument`, read back through the importer like the autosaved
 * design, so a damaged entry is rejected with its reason rather than trusted.
 * Unlike a lesson file it may hold a lesson still being written: no steps, an
 * empty text, an id that is not one yet.
 */
import { parseFiles, serializeDocument } from '../../io';
import type { Doc } from '../../model';
import { PROTOCOLS } from '../../model';
import type { Lesson, LessonConnection, LessonFocus, LessonStep } from '../../workshop';

const LESSON_ENTRY_VERSION = 1;

export type DecodedLesson =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly reason: string };

export function encodeLessonEntry(lesson: Lesson): string {
  const steps = lesson.steps.map(({ doc, ...step }) => ({ ...step, yaml: serializeDocument(doc) }));
  return JSON.stringify({ version: LESSON_ENTRY_VERSION, lesson: { ...lesson, steps } });
}

type Fields = Readonly<Record<string, unknown>>;

function fieldsOf(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

function connectionOf(value: unknown): LessonConnection | null {
  const c = fieldsOf(value);
  const protocol = PROTOCOLS.find((p) => p === c?.protocol);
  if (c === null || protocol === undefined) return null;
  const { from, to, port } = c;
  if (typeof from !== 'string' || typeof to !== 'string' || typeof port !== 'number') return null;
  return { from, to, port, protocol };
}

function focusOf(value: unknown): LessonFocus | null {
  const f = fieldsOf(value);
  if (f === null) return null;
  const nodes = Array.isArray(f.nodes) ? f.nodes.filter((n) => typeof n === 'string') : undefined;
  const connection = f.connection === undefined ? undefined : connectionOf(f.connection);
  if (connection === null) return null;
  const lines = Array.isArray(f.lines) ? f.lines.map(connectionOf) : undefined;
  if (lines?.includes(null) === true) return null;
  return {
    ...(nodes === undefined ? {} : { nodes }),
    ...(connection ? { connection } : {}),
    ...(lines === undefined ? {} : { lines: lines.flatMap((l) => l ?? []) }),
  };
}

function docOf(yaml: unknown): Doc | string {
  if (typeof yaml !== 'string') return 'a step has no design';
  const parsed = parseFiles([{ name: 'lesson', text: yaml }]);
  if (parsed.ok) return parsed.doc;
  return `a step's design does not pass validation (${parsed.issues[0]?.message ?? 'no reason'})`;
}

function stepOf(value: unknown, index: number): LessonStep | string {
  const s = fieldsOf(value);
  const focus = focusOf(s?.focus);
  if (s === null || typeof s.title !== 'string' || typeof s.text !== 'string' || focus === null) {
    return `step ${index + 1} is not readable`;
  }
  const doc = docOf(s.yaml);
  if (typeof doc === 'string') return `step ${index + 1}: ${doc}`;
  const expect = Array.isArray(s.expect)
    ? s.expect.flatMap((e) => {
        const c = connectionOf(e);
        const allowed = fieldsOf(e)?.allowed;
        return c === null || typeof allowed !== 'boolean' ? [] : [{ ...c, allowed }];
      })
    : undefined;
  const standsAlone = typeof s.standsAlone === 'boolean' ? { standsAlone: s.standsAlone } : {};
  const shown = fieldsOf(s.policy);
  const marks = Array.isArray(shown?.marks)
    ? { marks: shown.marks.filter((m) => typeof m === 'string') }
    : {};
  const policy = typeof shown?.name === 'string' ? { policy: { name: shown.name, ...marks } } : {};
  return {
    title: s.title,
    text: s.text,
    doc,
    focus,
    ...(expect ? { expect } : {}),
    ...standsAlone,
    ...policy,
  };
}

export function decodeLessonEntry(text: string): DecodedLesson {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not JSON (${error instanceof Error ? error.message : ''})` };
  }
  const entry = fieldsOf(raw);
  if (entry?.version !== LESSON_ENTRY_VERSION) {
    return { ok: false, reason: `it is not a version ${LESSON_ENTRY_VERSION} lesson entry` };
  }
  const l = fieldsOf(entry.lesson);
  const { id, title, summary } = l ?? {};
  if (typeof id !== 'string' || typeof title !== 'string' || typeof summary !== 'string') {
    return { ok: false, reason: 'its title, id or summary is missing' };
  }
  const steps = Array.isArray(l?.steps) ? l.steps.map(stepOf) : [];
  const broken = steps.find((s) => typeof s === 'string');
  if (broken !== undefined) return { ok: false, reason: broken };
  return {
    ok: true,
    lesson: { id, title, summary, steps: steps.filter((s) => typeof s !== 'string') },
  };
}
