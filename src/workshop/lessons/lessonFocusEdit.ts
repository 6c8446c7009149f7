/**
 * Changing what a step points at, as the Lesson editor does: the nodes it
 * rings, the connection it is about, and whether that connection is drawn as
 * a line (`focus.lines`). Pure; empty parts are left out, as a lesson file
 * leaves them out.
 */
import type { LessonConnection, LessonFocus } from './lesson';

export function connectionsSame(a: LessonConnection, b: LessonConnection): boolean {
  return a.from === b.from && a.to === b.to && a.port === b.port && a.protocol === b.protocol;
}

function focusOf(
  nodes: readonly string[],
  connection: LessonConnection | undefined,
  lines: readonly LessonConnection[],
): LessonFocus {
  return {
    ...(nodes.length === 0 ? {} : { nodes }),
    ...(connection === undefined ? {} : { connection }),
    ...(lines.length === 0 ? {} : { lines }),
  };
}

export function focusWithNodes(focus: LessonFocus, nodes: readonly string[]): LessonFocus {
  return focusOf(nodes, focus.connection, focus.lines ?? []);
}

/** The connection set (or cleared); drawn as a line before, the new one is drawn instead. */
export function focusWithConnection(
  focus: LessonFocus,
  connection: LessonConnection | null,
): LessonFocus {
  const old = focus.connection;
  const lines = (focus.lines ?? []).flatMap((line) =>
    old !== undefined && connectionsSame(line, old) ? (connection ?? []) : [line],
  );
  return focusOf(focus.nodes ?? [], connection ?? undefined, lines);
}

/** Whether the step's connection is drawn as a line. */
export function focusDraws(focus: LessonFocus): boolean {
  const { connection } = focus;
  return (
    connection !== undefined && (focus.lines ?? []).some((l) => connectionsSame(l, connection))
  );
}

export function focusWithDrawn(focus: LessonFocus, drawn: boolean): LessonFocus {
  const { connection } = focus;
  if (connection === undefined) return focus;
  const rest = (focus.lines ?? []).filter((l) => !connectionsSame(l, connection));
  return focusOf(focus.nodes ?? [], connection, drawn ? [...rest, connection] : rest);
}
