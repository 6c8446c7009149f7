/**
 * How many lines at collapsed namespaces the canvas draws at once: summary
 * lines, and lines drawn to a collapsed box itself (a rule naming a whole
 * namespace, an IP block's line). A cluster of a hundred collapsed namespaces
 * has thousands: a tangle nobody can read, and thousands of SVG paths that
 * every pan and click of React Flow walks. Past the budget, with nothing
 * picked, the busiest are drawn (`busiestOf`: those with the most connections),
 * so that the overview still says which namespaces talk to which; with a
 * namespace, an endpoint or a line picked, only its own. The canvas says how
 * many are drawn and how many wait (`CollapseControls`).
 */
import type { CollapsedLines, FlowGroup, SummaryLine } from '../../store';
import { collapsedBoxIdOf } from '../../store';

export const BOX_LINES_DRAWN = 300;

/**
 * Past the budget, at most this many of the busiest lines are drawn while nothing is picked:
 * about one per box of a 50-namespace overview, few enough to follow one from box to box.
 */
export const BUSIEST_DRAWN = 60;

/** The busiest lines drawn while nothing is picked: how many, of how many, and their fewest connections. */
export interface Busiest {
  readonly drawn: number;
  readonly of: number;
  /** The connections of the least busy line drawn: every one drawn has at least these. */
  readonly least: number;
}

export interface LinesToDraw {
  readonly shown: readonly FlowGroup[];
  readonly summaries: readonly SummaryLine[];
  /** Lines at collapsed boxes not drawn until one of their ends is picked. */
  readonly held: number;
  /** Past the budget with nothing picked, the busiest drawn; else null. */
  readonly busiest: Busiest | null;
}

interface Ranked {
  readonly id: string;
  readonly connections: number;
  readonly blocked: number;
}

/** Most connections first; of as many, most blocked first (what a reader looks for); then by id. */
function busier(a: Ranked, b: Ranked): number {
  return (
    b.connections - a.connections ||
    b.blocked - a.blocked ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The ids of the busiest lines, at most `most`: whole tiers of connections ("every line of 6
 * connections or more"), so that two lines of as many connections are both drawn or both wait;
 * when the busiest tier alone holds more than `most`, its first `most` (most blocked first).
 */
export function busiestOf(lines: readonly Ranked[], most: number): Ranked[] {
  const ranked = [...lines].sort(busier);
  let count = Math.min(most, ranked.length);
  const next = ranked[count];
  if (next !== undefined) {
    let cut = count;
    while (cut > 0 && ranked[cut - 1]?.connections === next.connections) cut--;
    if (cut > 0) count = cut;
  }
  return ranked.slice(0, count);
}

export function linesToDraw(
  lines: Pick<CollapsedLines, 'shown' | 'summaries'>,
  collapsed: ReadonlySet<string>,
  picked: { readonly node: string | null; readonly edge: string | null },
): LinesToDraw {
  // The ids of the collapsed boxes, looked up rather than parsed from every line's ends.
  const boxes = new Set<string>([...collapsed].map(collapsedBoxIdOf));
  const atBox = (l: { source: string; target: string }) =>
    boxes.has(l.source) || boxes.has(l.target);
  const boxed = lines.shown.filter(atBox);
  const total = boxed.length + lines.summaries.length;
  if (total <= BOX_LINES_DRAWN) {
    return { shown: lines.shown, summaries: lines.summaries, held: 0, busiest: null };
  }
  const nothingPicked = picked.node === null && picked.edge === null;
  const top = nothingPicked
    ? busiestOf(
        [
          ...boxed.map((l) => ({
            id: l.id,
            connections: 1,
            blocked: l.status === 'blocked' ? 1 : 0,
          })),
          ...lines.summaries,
        ],
        BUSIEST_DRAWN,
      )
    : [];
  const busy = new Set(top.map((l) => l.id));
  const wanted = (l: { id: string; source: string; target: string }) =>
    busy.has(l.id) ||
    l.id === picked.edge ||
    (picked.node !== null && (l.source === picked.node || l.target === picked.node));
  const shown = lines.shown.filter((l) => !atBox(l) || wanted(l));
  const summaries = lines.summaries.filter(wanted);
  const drawn = shown.length - (lines.shown.length - boxed.length) + summaries.length;
  const least = top[top.length - 1]?.connections;
  return {
    shown,
    summaries,
    held: total - drawn,
    busiest: least === undefined ? null : { drawn: top.length, of: total, least },
  };
}
