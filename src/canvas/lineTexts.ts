/**
 * What a rule's line says (its ends, its ports whole, every one by number and
 * shortest, and why), worked out once per line: the lines are drawn again at
 * every pick, Expand or Collapse and part of a large design's drawing, and
 * their groups stay the same objects until the design's lines are derived
 * again. `prepareLineTexts` works them out ahead, while the page is idle, so
 * that the task in which Expand all's layout lands (every line of the design
 * drawn for the first time) does not.
 */
import type { FlowEnd, FlowStatus, LinePortsTexts } from '../engine';
import { endLabel, linePortsTexts } from '../engine';
import type { EdgeGroup, FlowGroup } from '../store';

export type Line = Pick<EdgeGroup<unknown>, 'id' | 'source' | 'target'> & {
  readonly status: FlowStatus;
};

export interface LineText extends LinePortsTexts {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The ends of a line as a sentence reads them, from its first flow or path. */
export function endsOf(line: Line, first: { from: FlowEnd; to: FlowEnd } | undefined) {
  return {
    from: first === undefined ? line.source : endLabel(first.from),
    to: first === undefined ? line.target : endLabel(first.to),
  };
}

const lineTexts = new WeakMap<FlowGroup, LineText>();

export function lineTextOf(group: FlowGroup): LineText {
  const known = lineTexts.get(group);
  if (known !== undefined) return known;
  const status = group.unenforced ?? group.status;
  const text = {
    ...endsOf(group, group.flows[0]),
    ...linePortsTexts(group.flows, status),
    reason: unique(group.flows.map((f) => f.reason)).join('\n'),
  };
  lineTexts.set(group, text);
  return text;
}

/**
 * Works out the texts of `groups` not known yet, one line at a time while
 * `hasTime()` says so: true once every line's text is known.
 */
export function prepareLineTexts(groups: readonly FlowGroup[], hasTime: () => boolean): boolean {
  for (const group of groups) {
    if (lineTexts.has(group)) continue;
    if (!hasTime()) return false;
    lineTextOf(group);
  }
  return true;
}
