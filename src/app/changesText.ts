/** "What changed" after an edit, in one line for the status line. */
import type { VerdictChange } from '../engine';
import { changePortText, endLabel, plural } from '../engine';
import type { Doc } from '../model';
import type { Notice } from '../store';
import { changesWorkedOut } from '../store';

function pathText(c: VerdictChange): string {
  return `${endLabel(c.from)} → ${endLabel(c.to)} ${changePortText(c)}`;
}

/**
 * Past this many connections one way, the rest are counted: an edit that opens a namespace
 * opens hundreds, and a status line naming each one unfolds over half the canvas.
 */
const NAMED = 5;

/**
 * `a, b and 373 more (Compare… lists every change since the last save)`: the first `NAMED`, the
 * rest counted. Compare sets the design against the last saved one, so it lists these with every
 * other edit made since (and every port some pod declares): said so, not "them all".
 */
function listText(paths: readonly string[]): string {
  if (paths.length <= NAMED) return paths.join(', ');
  const more = String(paths.length - NAMED);
  return `${paths.slice(0, NAMED).join(', ')} and ${more} more (Compare… lists every change since the last save)`;
}

export function changesText(done: string, changes: readonly VerdictChange[]): string {
  const blocked = changes.filter((c) => c.before && !c.after).map(pathText);
  const allowed = changes.filter((c) => !c.before && c.after).map(pathText);
  const parts = [`${done}.`];
  if (allowed.length > 0) parts.push(`Now allowed: ${listText(allowed)}.`);
  if (blocked.length > 0) parts.push(`Now blocked: ${listText(blocked)}.`);
  return parts.join(' ');
}

/** What the status line says after an edit of a design too large for `changesText`. */
const NOT_WORKED_OUT =
  'In a design this large what an edit allows and blocks is not worked out at each edit: Compare… lists every change since the last save.';

/**
 * What the status line says: the notice while it is about the design shown, or null;
 * `collapsed`: how many of the design's namespaces are collapsed (while some are, the notice's
 * hint follows how many: `1 of 8 namespaces collapsed: double-click one…`); `laying`: what the
 * canvas says while an opened design waits for its places (`selectLayingOut`), said instead of
 * that hint: there is no box to double-click yet.
 */
export function statusText(
  notice: Notice | null,
  doc: Doc,
  changes: readonly VerdictChange[],
  collapsed = 0,
  laying: string | null = null,
): string | null {
  const shown = notice !== null && (notice.doc === undefined || notice.doc === doc) ? notice : null;
  if (laying !== null) return shown === null ? laying : `${shown.text} ${laying}`;
  if (shown === null) return null;
  if (collapsed > 0 && shown.whileCollapsed !== undefined) {
    const total = plural(doc.namespaces.length, 'namespace');
    return `${shown.text} ${String(collapsed)} of ${total} collapsed: ${shown.whileCollapsed}`;
  }
  if (shown.withChanges !== true) return shown.text;
  if (!changesWorkedOut(doc)) return `${shown.text} ${NOT_WORKED_OUT}`;
  return changesText(shown.text.replace(/\.$/, ''), changes);
}
