/**
 * The route worker's changes as the page reads them fastest: every number of every route (its
 * points, label spot, middle, lanes' rooms) in one `Float64Array` the reply hands over without a
 * copy, and every text (ids, path data) in one string. Posted as objects, the routes of Expand
 * all on the expanded 1,000-workload design (2,740 lines, tens of thousands of small objects)
 * were read back by the structured clone in the task of the worker's answer: about a third of
 * it, and much of the garbage a major collection then swept in that same task. Read from the
 * packed form, the page builds the same routes itself, several times faster
 * (`docs/performance-log.md`, 6 December, night).
 */
import type { EdgeRoute, LanePaths } from './edgeRoutes';
import type { Point } from './rectGeometry';
import type { RouteChanges } from './routeChanges';

export interface PackedRoutes {
  /** How many routes changed. */
  readonly count: number;
  /**
   * Per route: point count, points, label (0, or 1 and its spot), leader (0, or 1 and its foot),
   * middle, short, stacked, over, fan (0, or 1), lanes.
   */
  readonly numbers: Float64Array<ArrayBuffer>;
  /** Per route: its id, its path data, its fan's line, then its lanes' paths; joined by `SEPARATOR`. */
  readonly texts: string;
  /** The ids of lines no longer routed. */
  readonly removed: readonly string[];
}

/** Between two texts: never in an id (a Kubernetes name) nor in SVG path data. */
const SEPARATOR = '\u0000';

/** A flag of a route (`short`, `stacked`, `over`) absent, false or true. */
const FLAG_CODES = [undefined, false, true] as const;

function flagCode(flag: boolean | undefined): number {
  return flag === undefined ? 0 : flag ? 2 : 1;
}

/** The changes in their packed form; `numbers.buffer` is what to transfer. */
export function packRouteChanges(changes: RouteChanges): PackedRoutes {
  const numbers: number[] = [];
  const texts: string[] = [];
  for (const [id, route] of changes.changed) {
    texts.push(id, route.path);
    numbers.push(route.points.length);
    for (const p of route.points) numbers.push(p.x, p.y);
    if (route.label === null) numbers.push(0);
    else numbers.push(1, route.label.x, route.label.y);
    if (route.leader === undefined) numbers.push(0);
    else numbers.push(1, route.leader.x, route.leader.y);
    numbers.push(route.middle.x, route.middle.y);
    numbers.push(flagCode(route.short), flagCode(route.stacked), flagCode(route.over));
    if (route.fan === undefined) numbers.push(0);
    else {
      numbers.push(1);
      texts.push(route.fan);
    }
    const lanes = route.lanes;
    if (lanes === undefined) {
      numbers.push(-1);
    } else {
      numbers.push(lanes.laned.length);
      texts.push(lanes.alone);
      for (const l of lanes.laned) {
        numbers.push(l.room);
        texts.push(l.path);
      }
    }
  }
  return {
    count: changes.changed.length,
    numbers: Float64Array.from(numbers),
    texts: texts.join(SEPARATOR),
    removed: changes.removed,
  };
}

/** The changes `packRouteChanges` packed, as they were. */
export function unpackRouteChanges(packed: PackedRoutes): RouteChanges {
  const { numbers } = packed;
  const texts = packed.count === 0 ? [] : packed.texts.split(SEPARATOR);
  let at = 0;
  let text = 0;
  const number = () => numbers[at++] ?? 0;
  const word = () => texts[text++] ?? '';
  const changed: (readonly [string, EdgeRoute])[] = [];
  for (let i = 0; i < packed.count; i++) {
    const id = word();
    const path = word();
    const points: Point[] = new Array<Point>(number());
    for (let k = 0; k < points.length; k++) points[k] = { x: number(), y: number() };
    const label = number() === 0 ? null : { x: number(), y: number() };
    const leader = number() === 0 ? undefined : { x: number(), y: number() };
    const middle = { x: number(), y: number() };
    const short = FLAG_CODES[number()];
    const stacked = FLAG_CODES[number()];
    const over = FLAG_CODES[number()];
    const fan = number() === 0 ? undefined : word();
    const laned = number();
    let lanes: LanePaths | undefined;
    if (laned >= 0) {
      const alone = word();
      const list: { path: string; room: number }[] = [];
      for (let k = 0; k < laned; k++) list.push({ room: number(), path: word() });
      lanes = { alone, laned: list };
    }
    changed.push([
      id,
      {
        path,
        points,
        label,
        ...(leader === undefined ? {} : { leader }),
        middle,
        ...(short === undefined ? {} : { short }),
        ...(stacked === undefined ? {} : { stacked }),
        ...(over === undefined ? {} : { over }),
        ...(fan === undefined ? {} : { fan }),
        ...(lanes === undefined ? {} : { lanes }),
      },
    ]);
  }
  return { changed, removed: packed.removed };
}
