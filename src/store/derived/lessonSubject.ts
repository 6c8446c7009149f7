/**
 * The subject of a lesson step: every canvas node it talks about, which the
 * camera keeps in view. A step names workloads, namespaces and external
 * endpoints by name, and addresses (`203.0.113.7`) by number; an address has
 * no node of its own, so it stands for the drawn node that holds it: an
 * external endpoint whose CIDR holds it, else the narrowest ipBlock end of a
 * line, else "Anywhere" (the end of a rule open to every address).
 */
import { ipRangeParse, rangeContains } from '../../engine';
import type { IpRange } from '../../engine';
import type { Doc } from '../../model';
import type { LessonStep } from '../../workshop';
import { lessonNodeOf } from '../../workshop';
import { nodeIdOf, nodeIdOfEnd } from '../ids';

const ANYWHERE_PREFIX = 'any:';
const IP_BLOCK_PREFIX = 'ipBlock:';
const EXCEPT = ' except ';

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
    if (id.startsWith(ANYWHERE_PREFIX)) nodes.push({ id, range: null });
    if (!id.startsWith(IP_BLOCK_PREFIX)) continue;
    const [cidr = ''] = id.slice(IP_BLOCK_PREFIX.length).split(EXCEPT);
    const range = ipRangeParse(cidr);
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

/** The texts of every end a step names: its nodes, its connection's ends, its claims' ends. */
function namedEnds(step: Pick<LessonStep, 'focus' | 'expect'>): string[] {
  const connections = [
    ...(step.focus.connection === undefined ? [] : [step.focus.connection]),
    ...(step.expect ?? []),
  ];
  return [...(step.focus.nodes ?? []), ...connections.flatMap((c) => [c.from, c.to])];
}

/**
 * Node ids of everything `step` talks about in `doc`, each once, in the order
 * named; `lineEnds` are the node ids at the ends of the lines drawn (where
 * "Anywhere" and ipBlock nodes come from). Names the document does not have
 * are left out.
 */
export function lessonSubjectIds(
  step: Pick<LessonStep, 'focus' | 'expect'>,
  doc: Doc,
  lineEnds: readonly string[],
): string[] {
  const ids = new Set<string>();
  let addresses: AddressNode[] | null = null;
  for (const text of namedEnds(step)) {
    const node = lessonNodeOf(doc, text);
    if (node === null) continue;
    if (node.kind !== 'ipBlock') {
      ids.add(nodeIdOfEnd(node));
      continue;
    }
    const range = ipRangeParse(node.cidr);
    if (range === null) continue;
    addresses ??= addressNodes(doc, lineEnds);
    const holder = holderOf(range, addresses);
    if (holder !== null) ids.add(holder);
  }
  return [...ids];
}
