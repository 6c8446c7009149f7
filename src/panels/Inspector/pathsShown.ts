/**
 * Which of a node's paths the Inspector lists: all of a short list; of a
 * long one, those the filter's words match (over both ends, the port and the
 * verdict), the first `PATHS_SHOWN` unless the user asked for all.
 */
import { endLabel, pathPortText } from '../../engine';
import type { Path } from '../../engine';
import { pathVerdict } from '../../store';

export const PATHS_SHOWN = 40;

export interface PathsShown {
  readonly rows: readonly Path[];
  /** How many paths the filter matches. */
  readonly matching: number;
  /** How many of those are not listed. */
  readonly hidden: number;
  /** Whether the list is long enough to get a count and a filter. */
  readonly long: boolean;
}

/** The words a path is found by: "allowed"/"blocked" as its row says, its ends and its port. */
function pathWords(path: Path, enforced: boolean): string {
  const read = pathVerdict(path, enforced);
  const verdict = read === 'blocked' ? 'blocked' : 'allowed';
  const note = read === 'unenforced' ? ' not enforced policies would block' : '';
  return `${verdict} ${endLabel(path.from)} ${endLabel(path.to)} ${pathPortText(path)}${note}`.toLowerCase();
}

export function pathsShown(
  paths: readonly Path[],
  options: { words: string; all: boolean; enforced: boolean },
): PathsShown {
  const long = paths.length > PATHS_SHOWN;
  const wanted = options.words.toLowerCase().split(/\s+/).filter(Boolean);
  const matching =
    !long || wanted.length === 0
      ? paths
      : paths.filter((p) => {
          const text = pathWords(p, options.enforced);
          return wanted.every((w) => text.includes(w));
        });
  const rows = options.all || !long ? matching : matching.slice(0, PATHS_SHOWN);
  return { rows, matching: matching.length, hidden: matching.length - rows.length, long };
}
