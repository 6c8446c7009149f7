/**
 * One pass over the YAML event stream, before anything is constructed: it
 * finds the end of every node, resolves aliases, reports duplicate keys, and
 * rejects input whose aliases would blow up once expanded.
 *
 * ```yaml
 * a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
 * b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
 * c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]   # ... 9^n strings once expanded
 * ```
 *
 * js-yaml shares the aliased value instead of copying it, so constructing such
 * a document is cheap; walking the result is not. The expanded size of every
 * anchored node is computed here from the events and the file is refused when
 * the nodes reached through aliases exceed a budget, or when an alias points
 * into its own node (a cycle).
 */
import { YAML11_BOOLEAN_WORDS, YAML_EVENT, YAML_SCALAR_STYLE, yamlKeyOf } from './yaml';
import type { YamlEvent } from './yaml';

/** Deepest nesting accepted, counting collections reached through aliases too. */
export const MAX_DEPTH = 64;
/** Most nodes a file may reach through aliases, summed over every alias. */
export const MAX_ALIAS_NODES = 1_000_000;

export interface EventIndex {
  readonly text: string;
  readonly events: readonly YamlEvent[];
  /** For a document or collection event, the index of its closing POP; for a scalar or alias, itself. */
  readonly ends: Int32Array;
  /** For an alias event, the index of the node its anchor names; -1 otherwise. */
  readonly aliasTargets: Int32Array;
  /** The root node event of each document, in order. */
  readonly roots: readonly number[];
}

/** A key written twice in one mapping. `segments` lead from the document root to it. */
export interface DuplicateKey {
  readonly document: number;
  readonly segments: readonly (string | number)[];
  readonly key: string;
  readonly offset: number;
  readonly firstOffset: number;
}

/** A plain `y`/`yes`/`on`/`off`/… value: text here, a boolean to kubectl. */
export interface BooleanWord {
  readonly document: number;
  readonly segments: readonly (string | number)[];
  readonly word: string;
  readonly offset: number;
}

export type ScanResult =
  | { ok: true; index: EventIndex; duplicates: DuplicateKey[]; booleanWords: BooleanWord[] }
  | { ok: false; message: string; offset: number };

interface Frame {
  readonly event: number;
  readonly mapping: boolean;
  readonly anchor: string | null;
  readonly segment: string | number | null;
  size: number;
  height: number;
  children: number;
  key: string | null;
  readonly keys: Map<string, number> | null;
}

interface Anchored {
  readonly event: number;
  readonly size: number;
  readonly height: number;
}

const SATURATED = 2 ** 52;
const MERGE_KEY = '<<';

function anchorName(text: string, start: number, end: number): string | null {
  return start === -1 ? null : text.slice(start, end);
}

/**
 * Whether `scanEvents` could find anything in these events: false when they hold no anchor,
 * alias or tag, no plain yes/no/on/off/y/n (as a key or a value) and nest at most
 * `MAX_DEPTH` levels, the common case of a manifest. Then the only thing left to find is a
 * key written twice, which `yamlConstruct(…, 'fail')` does with the same keys (plain keys
 * resolved and made strings): a file is read without the index, and indexed only when a
 * message needs a line.
 */
export function eventsNeedScan(text: string, events: readonly YamlEvent[]): boolean {
  let depth = 0;
  for (const event of events) {
    switch (event.type) {
      case YAML_EVENT.SEQUENCE:
      case YAML_EVENT.MAPPING:
        depth += 1;
        if (depth > MAX_DEPTH || event.anchorStart !== -1 || event.tagStart !== -1) return true;
        break;
      case YAML_EVENT.SCALAR:
        if (event.anchorStart !== -1 || event.tagStart !== -1) return true;
        if (
          event.style === YAML_SCALAR_STYLE.PLAIN &&
          event.valueEnd - event.valueStart <= 3 &&
          YAML11_BOOLEAN_WORDS.has(text.slice(event.valueStart, event.valueEnd))
        ) {
          return true;
        }
        break;
      case YAML_EVENT.ALIAS:
        return true;
      case YAML_EVENT.POP:
        if (depth > 0) depth -= 1;
        break;
    }
  }
  return false;
}

/** Index the events of `text`; `ok: false` for a YAML bomb, a cycle or an unknown alias. */
export function scanEvents(text: string, events: readonly YamlEvent[]): ScanResult {
  const ends = new Int32Array(events.length);
  const aliasTargets = new Int32Array(events.length).fill(-1);
  const roots: number[] = [];
  const duplicates: DuplicateKey[] = [];
  const booleanWords: BooleanWord[] = [];
  const stack: Frame[] = [];
  let anchors = new Map<string, Anchored>();
  const open = new Set<string>();
  let aliasNodes = 0;
  let documents = 0;

  /** The segment by which the parent reaches the node starting now, or null for a mapping key. */
  const segmentOfNext = (parent: Frame | undefined): string | number | null => {
    if (!parent || stack.length === 1) return null;
    if (parent.mapping) return parent.children % 2 === 0 ? null : (parent.key ?? '?');
    return parent.children;
  };
  const complete = (size: number, height: number): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    parent.size = Math.min(parent.size + size, SATURATED);
    parent.height = Math.max(parent.height, height);
    if (parent.mapping && parent.children % 2 === 1) parent.key = null;
    parent.children += 1;
  };
  const noteRoot = (i: number): void => {
    const parent = stack[stack.length - 1];
    if (parent && stack.length === 1 && parent.children === 0) roots.push(i);
  };

  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!event) continue;
    switch (event.type) {
      case YAML_EVENT.DOCUMENT: {
        anchors = new Map();
        open.clear();
        documents += 1;
        stack.push(frameOf(i, false, null, null, false));
        break;
      }
      case YAML_EVENT.SEQUENCE:
      case YAML_EVENT.MAPPING: {
        noteRoot(i);
        const parent = stack[stack.length - 1];
        const anchor = anchorName(text, event.anchorStart, event.anchorEnd);
        if (anchor !== null) open.add(anchor);
        const mapping = event.type === YAML_EVENT.MAPPING;
        stack.push(frameOf(i, mapping, anchor, segmentOfNext(parent), mapping));
        if (stack.length - 1 > MAX_DEPTH) {
          return {
            ok: false,
            message: `nesting deeper than ${MAX_DEPTH} levels`,
            offset: event.start,
          };
        }
        break;
      }
      case YAML_EVENT.SCALAR: {
        noteRoot(i);
        ends[i] = i;
        const parent = stack[stack.length - 1];
        if (parent?.mapping && parent.children % 2 === 0) {
          const key = yamlKeyOf(text, event);
          parent.key = key;
          const isMerge = key === MERGE_KEY && event.style === YAML_SCALAR_STYLE.PLAIN;
          const first = parent.keys?.get(key);
          const quoted =
            event.style === YAML_SCALAR_STYLE.SINGLE_QUOTED ||
            event.style === YAML_SCALAR_STYLE.DOUBLE_QUOTED;
          const offset = quoted ? event.valueStart - 1 : event.valueStart;
          if (first !== undefined && !isMerge) {
            const segments = [...segmentsOf(stack), key];
            duplicates.push({
              document: documents - 1,
              segments,
              key,
              offset,
              firstOffset: first,
            });
          } else parent.keys?.set(key, offset);
        } else if (
          event.style === YAML_SCALAR_STYLE.PLAIN &&
          event.tagStart === -1 &&
          event.valueEnd - event.valueStart <= 3 &&
          YAML11_BOOLEAN_WORDS.has(text.slice(event.valueStart, event.valueEnd))
        ) {
          const segments = [...segmentsOf(stack)];
          const last = segmentOfNext(parent);
          if (last !== null) segments.push(last);
          const word = text.slice(event.valueStart, event.valueEnd);
          booleanWords.push({ document: documents - 1, segments, word, offset: event.valueStart });
        }
        const anchor = anchorName(text, event.anchorStart, event.anchorEnd);
        if (anchor !== null) anchors.set(anchor, { event: i, size: 1, height: 0 });
        complete(1, 0);
        break;
      }
      case YAML_EVENT.ALIAS: {
        noteRoot(i);
        ends[i] = i;
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const target = anchors.get(name);
        const offset = Math.max(0, event.anchorStart - 1);
        if (!target) {
          const message = open.has(name)
            ? `alias *${name} refers to the node that contains it (a cycle)`
            : `unknown alias *${name}`;
          return { ok: false, message, offset };
        }
        aliasTargets[i] = target.event;
        aliasNodes = Math.min(aliasNodes + target.size, SATURATED);
        if (aliasNodes > MAX_ALIAS_NODES) {
          const message = `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes (a YAML bomb?)`;
          return { ok: false, message, offset };
        }
        if (stack.length - 1 + target.height > MAX_DEPTH) {
          const message = `alias *${name} nests deeper than ${MAX_DEPTH} levels`;
          return { ok: false, message, offset };
        }
        complete(target.size, target.height);
        break;
      }
      case YAML_EVENT.POP: {
        const frame = stack.pop();
        if (!frame) break;
        ends[frame.event] = i;
        if (stack.length === 0) break;
        const height = frame.height + 1;
        if (frame.anchor !== null) {
          open.delete(frame.anchor);
          anchors.set(frame.anchor, { event: frame.event, size: frame.size, height });
        }
        complete(frame.size, height);
        break;
      }
    }
  }
  return {
    ok: true,
    index: { text, events, ends, aliasTargets, roots },
    duplicates,
    booleanWords,
  };
}

function frameOf(
  event: number,
  mapping: boolean,
  anchor: string | null,
  segment: string | number | null,
  withKeys: boolean,
): Frame {
  const keys = withKeys ? new Map<string, number>() : null;
  return { event, mapping, anchor, segment, size: 1, height: 0, children: 0, key: null, keys };
}

function segmentsOf(stack: readonly Frame[]): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const frame of stack) if (frame.segment !== null) segments.push(frame.segment);
  return segments;
}
