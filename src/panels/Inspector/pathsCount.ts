/**
 * The count over a long list of paths. A path is one port between two ends,
 * so it also says how many ends the paths join and how many of them an
 * allowed path reaches: the same unit, worded in the same place
 * (`endsText`), as "Accepts connections from" above the list.
 */
import { endsText } from '../../engine';
import type { Path } from '../../engine';

/** `1998 paths from 999 workloads, one per port: 109 allowed, from 109 workloads; 1889 blocked`. */
export function pathsCountText(
  paths: readonly Path[],
  other: 'from' | 'to',
  enforced: boolean,
): string {
  const allowed = paths.filter((p) => p.allowed);
  const blocked = paths.length - allowed.length;
  const ends = (ps: readonly Path[]) => endsText(ps.map((p) => p[other]));
  const reached = allowed.length === 0 ? '' : `, ${other} ${ends(allowed)}`;
  return (
    `${String(paths.length)} paths ${other} ${ends(paths)}, one per port: ` +
    `${String(allowed.length)} allowed${reached}; ` +
    (enforced ? `${String(blocked)} blocked` : `${String(blocked)} policies would block`)
  );
}
