/**
 * Finding where a field path (`spec.ingress[0].from[1].ipBlock.cidr`) was
 * written, from the indexed events: the key of the deepest field of the path
 * that exists (its nearest existing ancestor when the field itself is absent).
 * Paths go through aliases and `<<` merge keys to the text they came from.
 *
 * Keys may contain dots (`metadata.labels.app.kubernetes.io/name`): at each
 * mapping the longest key that the rest of the path starts with wins. A key can
 * also be written in brackets, as the validators do for keys that are not plain
 * words: `metadata.labels["app.kubernetes.io/name"]`.
 */
import type { EventIndex } from './eventIndex';
import { textPrintable } from './pathIssue';
import { YAML_EVENT, YAML_SCALAR_STYLE, yamlKeyOf } from './yaml';

const MAX_MERGE_DEPTH = 8;
const INDEX = /^\[(\d+)\]/;

interface Member {
  readonly key: number;
  readonly value: number;
  readonly length: number;
}

/** The 0-based offset for `path` below the node at event `root`; -1 when nothing has a place. */
export function locateOffset(index: EventIndex, root: number, path: string): number {
  let node = root;
  let rest = path;
  let best = nodeOffset(index, root);
  while (rest !== '') {
    node = followAlias(index, node);
    const type = index.events[node]?.type;
    let next: { at: number; node: number; length: number } | null = null;
    if (type === YAML_EVENT.MAPPING) {
      const member = findMember(index, node, rest, 0);
      if (member) {
        const at = nodeOffset(index, member.key);
        next = {
          at: at === -1 ? nodeOffset(index, member.value) : at,
          ...member,
          node: member.value,
        };
      }
    } else if (type === YAML_EVENT.SEQUENCE) {
      const match = INDEX.exec(rest);
      const item = match ? nthChild(index, node, Number(match[1])) : -1;
      if (match && item !== -1)
        next = { at: nodeOffset(index, item), node: item, length: match[0].length };
    }
    if (!next) break;
    if (next.at !== -1) best = next.at;
    node = next.node;
    rest = rest.slice(next.length);
    if (rest.startsWith('.')) rest = rest.slice(1);
  }
  return best;
}

function followAlias(index: EventIndex, node: number): number {
  const target = index.aliasTargets[node] ?? -1;
  return target === -1 ? node : target;
}

/** The items of each sequence looked into, per file: a List of many objects is searched once. */
const itemsCache = new WeakMap<EventIndex, Map<number, number[]>>();

function nthChild(index: EventIndex, node: number, n: number): number {
  let cache = itemsCache.get(index);
  if (!cache) {
    cache = new Map();
    itemsCache.set(index, cache);
  }
  let items = cache.get(node);
  if (!items) {
    items = childrenOf(index, node);
    cache.set(node, items);
  }
  return items[n] ?? -1;
}

function findMember(
  index: EventIndex,
  mapping: number,
  rest: string,
  depth: number,
): Member | null {
  const end = index.ends[mapping] ?? mapping;
  let found: Member | null = null;
  const merges: number[] = [];
  for (let key = mapping + 1; key < end;) {
    const value = (index.ends[key] ?? key) + 1;
    const event = index.events[key];
    if (event?.type === YAML_EVENT.SCALAR) {
      const name = yamlKeyOf(index.text, event);
      if (name === '<<' && event.style === YAML_SCALAR_STYLE.PLAIN) merges.push(value);
      const length = matchLength(rest, name);
      if (length > (found?.length ?? 0)) found = { key, value, length };
    }
    key = (index.ends[value] ?? value) + 1;
  }
  if (found || depth >= MAX_MERGE_DEPTH) return found;
  for (const merge of merges) {
    const source = followAlias(index, merge);
    const sources =
      index.events[source]?.type === YAML_EVENT.SEQUENCE ? childrenOf(index, source) : [source];
    for (const each of sources) {
      const target = followAlias(index, each);
      if (index.events[target]?.type !== YAML_EVENT.MAPPING) continue;
      const member = findMember(index, target, rest, depth + 1);
      if (member) return member;
    }
  }
  return null;
}

function childrenOf(index: EventIndex, node: number): number[] {
  const children: number[] = [];
  const end = index.ends[node] ?? node;
  for (let child = node + 1; child < end; child = (index.ends[child] ?? child) + 1) {
    children.push(child);
  }
  return children;
}

/** How many characters of `rest` name `key`, or 0. */
function matchLength(rest: string, key: string): number {
  if (key === '') return 0;
  if (rest.startsWith('[')) {
    for (const written of [textPrintable(JSON.stringify(key)), `'${key}'`, key]) {
      if (rest.startsWith(`[${written}]`)) return written.length + 2;
    }
    return 0;
  }
  if (!rest.startsWith(key)) return 0;
  const after = rest.charAt(key.length);
  return after === '' || after === '.' || after === '[' ? key.length : 0;
}

/** Where a node starts in the text: the opening quote of a quoted scalar, the `*` of an alias. */
function nodeOffset(index: EventIndex, node: number): number {
  const event = index.events[node];
  switch (event?.type) {
    case YAML_EVENT.MAPPING:
    case YAML_EVENT.SEQUENCE:
      return event.start;
    case YAML_EVENT.SCALAR: {
      if (event.valueStart < 0) return -1;
      const quoted =
        event.style === YAML_SCALAR_STYLE.SINGLE_QUOTED ||
        event.style === YAML_SCALAR_STYLE.DOUBLE_QUOTED;
      return quoted ? event.valueStart - 1 : event.valueStart;
    }
    case YAML_EVENT.ALIAS:
      return event.anchorStart - 1;
    default:
      return -1;
  }
}
