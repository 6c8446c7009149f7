/**
 * What a collapsed namespace's box says of the lines among its own workloads, beside its Expand
 * button: shortened on purpose to two lines that each fit the narrowest room the box gives them
 * (presented, beside the larger button: about 179 px of 12 px type; the longest line, with
 * four-digit counts, "1234 blocked, 1234 partly", is 25 characters, about 160 px) whatever the
 * counts, so that the summary is never cut ("30 connections, 24 blocked, 3 partly
 * block…"). The whole wording (`lineCountsText`) is its tooltip.
 */
import { plural } from '../../engine';
import type { LineCounts } from '../../store';

/** `30 connections inside` then `24 blocked, 3 partly`: one or two lines, each whole. */
export function insideSummaryLines(counts: LineCounts): readonly string[] {
  const { connections, blocked, partial } = counts;
  if (connections === 0) return ['no lines inside'];
  const first = `${plural(connections, 'connection')} inside`;
  if (blocked === 0 && partial === 0) return [first];
  if (partial === 0) return [first, `${String(blocked)} blocked`];
  if (blocked === 0) return [first, `${String(partial)} partly blocked`];
  return [first, `${String(blocked)} blocked, ${String(partial)} partly`];
}
