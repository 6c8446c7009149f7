/**
 * A fan: several lines into one node (or out of one) whose labels say the same ("all ports" on
 * each of Online Boutique's 11 lines into Anywhere). Eleven copies of one label took the room of
 * the labels that said something else (five of its long lines had none at 1280×720). A fan's
 * lines get one label, on one of them near the end they share, where they still run together:
 * it is read for all of them. The others have none of their own (each shows under the pointer,
 * as a label without room does); when no spot near the shared end is free, each line's label is
 * placed as any other.
 */
import { firstFormSpot } from './labelForms';
import type { FormSpot, LabelTexts } from './labelForms';
import { LABEL_FIRST, LABEL_PLAIN } from './labelOrder';
import type { LabelRoom, LabelSize } from './labelPlace';
import { labelSpot } from './labelPlace';
import { polylineLength } from './rectGeometry';
import type { Point } from './rectGeometry';

/**
 * Fewer lines are each labelled: three tiers' step 6 reads "TCP 53, UDP 53" on each of its three
 * lines into DNS.
 */
export const FAN_LEAST = 4;

/** The lines of one fan, by their index in the lines given; the end they share. */
export interface Fan {
  readonly members: readonly number[];
  readonly end: 'source' | 'target';
}

/** What a fan asks of a line (`RouteEdge`). */
interface FanEdge extends LabelTexts {
  readonly id: string;
  readonly label: string | null;
  readonly picked?: boolean;
  readonly offset: number;
  readonly turn?: number;
}

interface FanLine {
  readonly edge: FanEdge;
  readonly s: { readonly id: string };
  readonly t: { readonly id: string };
}

/**
 * Whether a line may join a fan: labelled, not picked (its own label is asked for), not one a
 * user looks at (a lesson step's or an edit's emphasised lines go first: `LABEL_FIRST`), not one
 * of a two-way pair (its two labels are told apart by their places).
 */
function mayFan({ edge }: FanLine): boolean {
  return (
    edge.label !== null &&
    edge.picked !== true &&
    edge.offset === 0 &&
    (edge.turn ?? LABEL_PLAIN) !== LABEL_FIRST
  );
}

/** The fans among `lines`: by shared target first, then by shared source among the rest. */
export function fansOf(lines: readonly FanLine[]): Fan[] {
  const fans: Fan[] = [];
  const taken = new Set<number>();
  for (const end of ['target', 'source'] as const) {
    const groups = new Map<string, number[]>();
    lines.forEach((line, i) => {
      if (taken.has(i) || !mayFan(line)) return;
      const node = end === 'target' ? line.t.id : line.s.id;
      const key = `${node}\u0000${line.edge.label ?? ''}\u0000${String(line.edge.turn ?? LABEL_PLAIN)}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [i]);
      else group.push(i);
    });
    for (const members of groups.values()) {
      if (members.length < FAN_LEAST) continue;
      for (const i of members) taken.add(i);
      fans.push({ members, end });
    }
  }
  return fans;
}

/**
 * Where along a line of a fan its label is tried, as shares of its length: from just off the
 * shared end outwards, a label's height and more away, while the fan's lines still run together.
 */
const FROM_END = [1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8];
const END_ROOM = 10;

export function fanAlong(points: readonly Point[], size: LabelSize, end: Fan['end']): number[] {
  const length = polylineLength(points);
  if (length === 0) return [];
  return FROM_END.map((k) => (END_ROOM + (k - 0.5) * size.height) / length)
    .filter((share) => share < 0.5)
    .map((share) => (end === 'target' ? 1 - share : share));
}

/** Where a fan's one label goes: on which of its lines (by index), at which spot, in which form. */
export interface FanSpot extends FormSpot {
  readonly member: number;
}

/**
 * The spot of `fan`'s one label: on the first of its lines with room near the end they share,
 * or null when none has (each line's label is then placed as any other).
 */
export function fanSpot<L extends FanLine & { readonly points: readonly Point[] }>(
  fan: Fan,
  lines: readonly L[],
  roomOf: (line: L) => LabelRoom,
): FanSpot | null {
  for (const member of fan.members) {
    const line = lines[member];
    if (line === undefined) continue;
    const found = firstFormSpot(line.edge, (size) =>
      labelSpot(line.points, size, roomOf(line), false, fanAlong(line.points, size, fan.end)),
    );
    if (found !== null) return { member, ...found };
  }
  return null;
}
