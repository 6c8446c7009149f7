/**
 * The subject of a lesson step: every canvas node it talks about, which the
 * camera keeps in view. A step names workloads, namespaces and external
 * endpoints by name, and addresses (`203.0.113.7`) by number; an address has
 * no node of its own, so it stands for the drawn node that holds it: an
 * external endpoint whose CIDR holds it, else the narrowest ipBlock end of a
 * line, else "Anywhere" (the end of a rule open to every address).
 */
import { ipRangeParse, rangeContains } from '../../../engine';
import type { IpRange } from '../../../engine';
import type { Doc } from '../../../model';
import type { LessonStep } from '../../../workshop';
import { lessonNodeOf } from '../../../workshop';
import { nodeEndParse, nodeIdOf, nodeIdOfEnd } from '../../ids';

/** A node that stands for addresses, and the addresses it stands for (null: every one). */
interface AddressNode {
  readonly id: string;
  readonly range: IpRange | null;
}

function rangeSize(range: IpRange | null): bigint {
  return range === null ? 2n ** 129n : range.last - range.first;
}

/** The nodes of `doc` and of the drawn line ends that stand for addresses. */
function addressNodes(doc: Doc, lineEnds: readonly string[]): AddressNode[] {
  const nodes: AddressNode[] = [];
  for (const e of doc.externals) {
    const range = ipRangeParse(e.cidr);
    if (range !== null) nodes.push({ id: nodeIdOf({ kind: 'external', name: e.name }), range });
  }
  for (const id of new Set(lineEnds)) {
    const end = nodeEndParse(id);
    if (end?.kind === 'any') nodes.push({ id, range: null });
    if (end?.kind !== 'ipBlock') continue;
    const range = ipRangeParse(end.cidr);
    if (range !== null) nodes.push({ id, range });
  }
  return nodes;
}

/** The drawn node that holds `address`: an external endpoint first, then the narrowest end. */
function holderOf(address: IpRange, nodes: readonly AddressNode[]): string | null {
  let best: AddressNode | null = null;
  for (const node of nodes) {
    const holds = node.range === null || rangeContains(node.range, address);
    if (!holds) continue;
    const external = node.id.startsWith('external:');
    const bestExternal = best?.id.startsWith('external:') ?? false;
    if (best === null || (external && !bestExternal)) best = node;
    else if (external === bestExternal && rangeSize(node.range) < rangeSize(best.range))
      best = node;
  }
  return best?.id ?? null;
}

type Connection = NonNullable<LessonStep['focus']['connection']>;

/** Every connection a step names: its connection, the lines it draws, its claims. */
function connectionsOf(step: Pick<LessonStep, 'focus' | 'expect'>): Connection[] {
  return [
    ...(step.focus.connection === undefined ? [] : [step.focus.connection]),
    ...(step.focus.lines ?? []),
    ...(step.expect ?? []),
  ];
}

/** A line of the canvas, by the node ids at its ends. */
export interface LineEnds {
  readonly source: string;
  readonly target: string;
}

/** The addresses an end of a connection stands for (an address, or an external endpoint's), or null. */
function addressesOf(doc: Doc, text: string): IpRange | null {
  const node = lessonNodeOf(doc, text);
  if (node?.kind === 'ipBlock') return ipRangeParse(node.cidr);
  if (node?.kind !== 'external') return null;
  const external = doc.externals.find((e) => e.name === node.name);
  return external === undefined ? null : ipRangeParse(external.cidr);
}

/**
 * The line ends (Anywhere, an ipBlock) that draw a connection from or to
 * addresses: the line joins the other end's node, and its end holds them
 * (users on the internet reach web by the line from "Anywhere").
 */
function drawingEnds(doc: Doc, c: Connection, lines: readonly LineEnds[]): string[] {
  const found: string[] = [];
  const sides = [
    {
      far: c.from,
      near: c.to,
      nearOf: (l: LineEnds) => l.target,
      farOf: (l: LineEnds) => l.source,
    },
    {
      far: c.to,
      near: c.from,
      nearOf: (l: LineEnds) => l.source,
      farOf: (l: LineEnds) => l.target,
    },
  ];
  for (const side of sides) {
    const range = addressesOf(doc, side.far);
    const near = lessonNodeOf(doc, side.near);
    if (range === null || near === null || near.kind === 'ipBlock') continue;
    const nearId = nodeIdOfEnd(near);
    for (const line of lines) {
      if (side.nearOf(line) !== nearId) continue;
      const [end] = addressNodes({ ...doc, externals: [] }, [side.farOf(line)]);
      if (end !== undefined && (end.range === null || rangeContains(end.range, range))) {
        found.push(end.id);
      }
    }
  }
  return found;
}

/**
 * Node ids of everything `step` talks about in `doc`, each once, in the order
 * named: the nodes it names, and for a connection from or to addresses the
 * line end that draws it. `lines` are the lines drawn (where "Anywhere" and
 * ipBlock nodes come from). Names the document does not have are left out.
 */
export function lessonSubjectIds(
  step: Pick<LessonStep, 'focus' | 'expect'>,
  doc: Doc,
  lines: readonly LineEnds[],
): string[] {
  const ids = new Set<string>();
  const connections = connectionsOf(step);
  const named = [...(step.focus.nodes ?? []), ...connections.flatMap((c) => [c.from, c.to])];
  let addresses: AddressNode[] | null = null;
  for (const text of named) {
    const node = lessonNodeOf(doc, text);
    if (node === null) continue;
    if (node.kind !== 'ipBlock') {
      ids.add(nodeIdOfEnd(node));
      continue;
    }
    const range = ipRangeParse(node.cidr);
    if (range === null) continue;
    addresses ??= addressNodes(
      doc,
      lines.flatMap((l) => [l.source, l.target]),
    );
    const holder = holderOf(range, addresses);
    if (holder !== null) ids.add(holder);
  }
  for (const c of connections) for (const id of drawingEnds(doc, c, lines)) ids.add(id);
  return [...ids];
}
