/**
 * What the note of a focus says. It counts lines, the unit the canvas draws and
 * lights, and names it on both counts: a line at a namespace's box stands for
 * many workloads, so "7 lines in" is no count of the workloads the Inspector
 * lists beside it ("33 of 199 workloads"), and must not read as one.
 */
import { plural } from '../engine';

export function focusNoteText(label: string, inbound: number, outbound: number): string {
  return (
    `Focused on ${label}, showing its ${plural(inbound, 'line')} in and ` +
    `${plural(outbound, 'line')} out — Esc to leave`
  );
}
