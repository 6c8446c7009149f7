/**
 * Which of a node's paths the Inspector lists: all of a short list; of a
 * long one, those the filter's words match (over both ends, the port and the
 * verdict), the first `PATHS_SHOWN` unless the user asked for all.
 */
import { endLabel, pathPortText, pathPortsSaid, pathStatus } from '../../engine';
import type { Path } from '../../engine';
import { pathVerdict } from '../../store';

/** How a path's row reads: its verdict's word, its tone, and its ends and ports. */
export interface PathRow {
  readonly word: 'allowed' | 'blocked' | 'partly';
  /** `allowed`, `blocked`, `partial` or `unenforced` (`pathVerdict`). */
  readonly tone: string;
  readonly text: string;
}

/**
 * A path as its row says it. With a plugin that does not enforce, what the policies block still
 * gets through; on every port but allowed on some only, it says so, as its line and explanation
 * do: `partly`, `prod/web → prod/app TCP 80 only; other ports blocked`.
 */
export function pathRow(path: Path, enforced: boolean): PathRow {
  const verdict = pathVerdict(path, enforced);
  const partly = enforced && pathStatus(path) === 'partial';
  const ports = partly ? pathPortsSaid(path) : pathPortText(path);
  return {
    word: partly ? 'partly' : verdict === 'blocked' ? 'blocked' : 'allowed',
    tone: partly ? 'partial' : verdict,
    text: `${endLabel(path.from)} → ${endLabel(path.to)} ${ports}`,
  };
}

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

/** The words a path is found by: as its row says them ("allowed", "partly", …), its ends and its port. */
function pathWords(path: Path, enforced: boolean): string {
  const row = pathRow(path, enforced);
  const note = row.tone === 'unenforced' ? ' not enforced policies would block' : '';
  return `${row.word} ${row.text.replace(' → ', ' ')}${note}`.toLowerCase();
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
