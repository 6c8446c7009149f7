/**
 * The ends of lines that are no node of the model (anywhere, IP blocks):
 * the canvas draws each as a node of its own. The derivation worker works
 * them out with the lines it sends (a dump's 12,000 lines took the page
 * some 5 ms to read for them in the task that takes the lines in); without
 * a worker they are read from the lines on show (`selectVirtualEnds`).
 */
import type { FlowEnd } from '../../engine';
import { nodeIdOfEnd } from '../ids';
import type { FlowGroup } from './flowGroups';

/**
 * The ends of flows that are no node of the model, each once. Every flow of
 * a line runs between the line's two nodes, so its first flow's ends are
 * the line's (a dump has some 15,000 flows on 12,000 lines).
 */
export function virtualEndsOf(groups: readonly FlowGroup[]): FlowEnd[] {
  const ends = new Map<string, FlowEnd>();
  for (const group of groups) {
    const first = group.flows[0];
    if (first === undefined) continue;
    for (const end of [first.from, first.to]) {
      if (end.kind !== 'any' && end.kind !== 'ipBlock') continue;
      const id = nodeIdOfEnd(end);
      if (!ends.has(id)) ends.set(id, end);
    }
  }
  return [...ends.values()];
}
