/**
 * The count over a long list of paths. A path is one port between two ends,
 * so it also says how many ends the paths join and how many of them an
 * allowed path reaches: the same unit, worded in the same place
 * (`endsText`), as "Accepts connections from" above the list.
 */
import { endsText } from '../../engine';
import type { Path } from '../../engine';

/**
 * `1998 paths from 999 workloads, one per port: 109 allowed, from 109 workloads; 1889 blocked`.
 * With a network plugin that enforces nothing every path gets through (each row says
 * "allowed"): the count says which the policies allow, and how many of the paths they would
 * block, as a count of paths, never read as one of policies.
 */
export function pathsCountText(
  paths: readonly Path[],
  other: 'from' | 'to',
  enforced: boolean,
): string {
  const allowed = paths.filter((p) => p.allowed);
  const blocked = String(paths.length - allowed.length);
  const ends = (ps: readonly Path[]) => endsText(ps.map((p) => p[other]));
  const reached = allowed.length === 0 ? '' : `, ${other} ${ends(allowed)}`;
  return (
    `${String(paths.length)} paths ${other} ${ends(paths)}, one per port: ` +
    (enforced
      ? `${String(allowed.length)} allowed${reached}; ${blocked} blocked`
      : `${String(allowed.length)} allowed by the policies${reached}; ` +
        `${blocked} of these paths would be blocked if the plugin enforced policies`)
  );
}
