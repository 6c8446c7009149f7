/**
 * Level of detail for the lines of a large design. Zoomed out to names (the `names` band), no
 * line's label shows and a line 2 px wide at zoom 0.1 cannot sensibly be aimed at: there the
 * lines that look like every other line (a rule's line, nobody's pick) are drawn by the canvas
 * as one path per look (`LineLayer`), and React Flow holds only those that stand out (the picked
 * line, the picked workload's allowed lines and paths, a flipped or compared one, a summary, the focused
 * neighbourhood's). React Flow runs three selectors per line it holds at every change of its
 * store (every move of a pan, every part of an expansion, a pick): 8,220 for the 2,740 lines of
 * the expanded 1,000-workload design (`docs/performance-log.md`). Zoomed in past the band, or
 * while a picture is being made, React Flow holds every line again, in parts.
 */
import type { FlowStatus } from '../engine';
import type { Neighbourhood } from '../store';
import { arrowMarkerId } from './edges/arrowMarkers';
import { holdsCards } from './farCards';
import { isLitLine } from './neighbourhoodLit';
import type { FlowEdge } from './reactFlowTypes';
import type { Point } from './routing/rectGeometry';
import type { ZoomBand } from './zoomBand';

/** What decides whether the canvas draws the plain lines itself. */
export interface LineLayerState {
  /** The nodes of the design on the canvas (mounted or still to come). */
  readonly nodes: readonly { readonly type?: string }[];
  readonly band: ZoomBand;
  /** A picture is being made: it draws the lines at full detail, labels too. */
  readonly picturing: boolean;
}

/**
 * From how many cards (`holdsCards`) the canvas draws the plain lines itself, zoomed out: the
 * 1,000-workload design's 2,740 lines cost React Flow's selectors at every move; the
 * 200-workload design's 824 are left to React Flow, as each line moved from it to the layer
 * and back is mounted again.
 */
export const LINE_LAYER_FROM = 300;

/** Whether the plain lines are drawn by the canvas: on a large design, in the `names` band. */
export function drawsLinesInLayer({ nodes, band, picturing }: LineLayerState): boolean {
  return band === 'names' && !picturing && holdsCards(nodes, LINE_LAYER_FROM);
}

/** The arrowhead of a rule's line, by status (`toFlowEdges.ts`). */
const RULE_ARROWS: Record<FlowStatus, string> = {
  allowed: arrowMarkerId('allowed', 18),
  blocked: arrowMarkerId('blocked', 18),
  partial: arrowMarkerId('partial', 18),
};

/**
 * A line drawn as every rule's line is (2 px, its status's colour, the rule's arrowhead, below
 * the others): not picked, not touching the picked node, not a path, a summary, a flipped or a
 * compared line.
 */
export function isPlainLine(line: FlowEdge): boolean {
  const { data } = line;
  if (data === undefined || line.selected === true || line.zIndex !== 1) return false;
  if (line.markerEnd !== RULE_ARROWS[data.status]) return false;
  return (
    !data.emphasis &&
    !data.path &&
    !data.changed &&
    data.summary === undefined &&
    data.quiet === undefined &&
    data.compare === undefined &&
    data.faded === undefined
  );
}

/**
 * A picked workload's blocked line, drawn thin and faint behind its allowed ones
 * (`toFlowEdges.ts`, `.is-faded`), as a rule's line or a path: not picked itself, flipped or
 * compared. A workload no policy lets through has one to or from nearly every other (1,998 on
 * the expanded 1,000-workload design): held by React Flow, they reached the page 30 a frame for
 * seconds after a pick, each part running React Flow's selectors of every line it held.
 */
export function isFaintLine(line: FlowEdge): boolean {
  const { data } = line;
  if (data === undefined || line.selected === true || line.zIndex !== 1) return false;
  return (
    data.status === 'blocked' &&
    data.faded === true &&
    data.quiet === true &&
    !data.emphasis &&
    !data.changed &&
    data.summary === undefined &&
    data.compare === undefined &&
    data.unenforced === undefined
  );
}

/** Whether the layer draws `line` (zoomed out to names): a plain line or a faint one. */
function isLayerLine(line: FlowEdge): boolean {
  return isPlainLine(line) || isFaintLine(line);
}

/**
 * The lines React Flow holds: all of them, or, while the canvas draws the plain and the faint
 * ones, those that stand out, and the focused neighbourhood's (React Flow draws them lit, the
 * layer the rest dim).
 */
export function linesForFlow(
  lines: FlowEdge[],
  layered: boolean,
  hood: Neighbourhood | null,
): FlowEdge[] {
  if (!layered) return lines;
  return lines.filter((l) => !isLayerLine(l) || (hood !== null && isLitLine(l, hood)));
}

/**
 * A run of the layer: plain lines of one status (or faint ones) that follow each other in the
 * lines' order, as one path, their arrowheads as another. Runs keep the order in which React Flow
 * paints the lines (a later line above an earlier one), so the layer looks as React Flow's lines
 * did.
 */
export interface LayerRun {
  /**
   * Its first line's id; drawn, the name of the run that held one of its lines before
   * (`namedRuns`), so that a run keeps its elements through other changes and its own.
   */
  readonly id: string;
  readonly status: FlowStatus;
  /** A picked workload's blocked lines (`isFaintLine`), thin and faint. */
  readonly faint: boolean;
  /** The ids of its lines, in their order. */
  readonly ids: readonly string[];
  /**
   * Path data, of the lines and of their arrowheads: plain ones as one path each; faint ones one
   * path a line, so that faint lines running side by side (or ending side by side) add up to a
   * stronger red, as React Flow's did (the overlaps of one path do not).
   */
  readonly lines: readonly string[];
  readonly arrows: readonly string[];
}

/**
 * The arrowhead a rule's line ends with (`ArrowMarkers`: its triangle from -5 to 0 along the
 * line and -4 to 4 across, in a box of 20 drawn 18 stroke widths of 2 wide), as path data at
 * the line's last point, turned along its last stretch.
 */
export const ARROW_UNIT = (18 * 2) / 20;
/** A faint line's: a path's arrowhead (16) on a line 1.25 wide (`.is-faded`, canvas.css). */
export const FAINT_ARROW_UNIT = (16 * 1.25) / 20;
export function arrowHeadOf(points: readonly Point[], unit = ARROW_UNIT): string {
  let heads = arrowHeads.get(unit);
  if (heads === undefined) {
    heads = new WeakMap();
    arrowHeads.set(unit, heads);
  }
  let head = heads.get(points);
  if (head === undefined) {
    head = arrowHeadAt(points, unit);
    heads.set(points, head);
  }
  return head;
}

/**
 * Each route's arrowhead per size, for as long as its points live (a pick redraws the layer, not
 * them).
 */
const arrowHeads = new Map<number, WeakMap<readonly Point[], string>>();

function arrowHeadAt(points: readonly Point[], unit: number): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (tip === undefined || from === undefined) return '';
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return '';
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const at = (along: number, across: number) => {
    const x = tip.x + (ux * along - uy * across) * unit;
    const y = tip.y + (uy * along + ux * across) * unit;
    return `${x.toFixed(1)} ${y.toFixed(1)}`;
  };
  return `M ${at(-5, -4)} L ${at(0, 0)} L ${at(-5, 4)} Z`;
}

/**
 * Whether the layer draws `line` once it has its route: a plain line (or a faint one, `withFaint`)
 * React Flow does not hold (`held`).
 */
function drawnByLayer(line: FlowEdge, held: ReadonlySet<string>, withFaint: boolean): boolean {
  if (held.has(line.id)) return false;
  return isPlainLine(line) || (withFaint && isFaintLine(line));
}

/** How many of `lines` the layer draws once they have their routes (`layerRunsOf`). */
export function layerLineCount(
  lines: readonly FlowEdge[],
  held: ReadonlySet<string>,
  withFaint = true,
): number {
  return lines.filter((line) => drawnByLayer(line, held, withFaint)).length;
}

/** A line's route as the layer needs it. */
export interface LayerRoute {
  readonly path: string;
  readonly points: readonly Point[];
}

/**
 * The layer's runs: the plain lines of `lines` that React Flow does not hold (`held`) and that
 * have a route, in their order, and the faint ones while the layer draws them (`withFaint`: zoomed
 * out; zoomed in, React Flow takes the lines back in parts, and the layer bridges the plain ones
 * only, as before the faint were its own).
 */
export function layerRunsOf(
  lines: readonly FlowEdge[],
  held: ReadonlySet<string>,
  routeOf: (id: string) => LayerRoute | undefined,
  withFaint = true,
): LayerRun[] {
  const runs: {
    id: string;
    status: FlowStatus;
    faint: boolean;
    ids: string[];
    lines: string[];
    arrows: string[];
  }[] = [];
  for (const line of lines) {
    if (line.data === undefined || !drawnByLayer(line, held, withFaint)) continue;
    const route = routeOf(line.id);
    if (route === undefined) continue;
    const { status } = line.data;
    const faint = isFaintLine(line);
    let run = runs[runs.length - 1];
    if (run?.status !== status || run.faint !== faint) {
      run = { id: line.id, status, faint, ids: [], lines: [], arrows: [] };
      runs.push(run);
    }
    run.ids.push(line.id);
    run.lines.push(route.path);
    run.arrows.push(arrowHeadOf(route.points, faint ? FAINT_ARROW_UNIT : ARROW_UNIT));
  }
  return runs.map((run) => ({
    id: run.id,
    status: run.status,
    faint: run.faint,
    ids: run.ids,
    lines: run.faint ? run.lines : [run.lines.join(' ')],
    arrows: run.faint ? run.arrows : [run.arrows.join(' ')],
  }));
}
