/**
 * A fast reader for the block YAML that `serializeDocument`, `kubectl get -o yaml` and most
 * hand-written manifests are written in: indented mappings and sequences (`- key: value` too)
 * of scalars (blockScalar.ts: one-line ones, plain text folded onto deeper lines, `|` blocks),
 * comments on their own lines or after a value, `---` and `...`, a BOM and CRLF line ends.
 *
 * ```yaml
 * apiVersion: networking.k8s.io/v1
 * kind: NetworkPolicy
 * metadata:
 *   name: db            # a comment
 * spec:
 *   podSelector: {}
 *   ingress:
 *   - from:
 *     - podSelector:
 *         matchLabels: {app: web}
 * ```
 *
 * It builds the values directly, the same ones js-yaml's events construct (the property test
 * beside it compares the two), or answers null ("not mine") for anything else, js-yaml's path
 * then reading the file as before: anchors, aliases, tags, `?` keys, multi-line quoted scalars,
 * folded blocks, tabs, directives, a key written twice, a plain `yes`, nesting deeper than
 * MAX_DEPTH, and every syntax error.
 */
import { MAX_DEPTH } from './eventIndex';
import {
  COLON,
  DASH,
  DQUOTE,
  HASH,
  NOT_MINE,
  QUOTE,
  SPACE,
  doubleQuoted,
  flowCollection,
  isPlainStart,
  keyOf,
  colonAt,
  commentAt,
  lineEnd,
  literalBlock,
  notMine,
  plainKeyOf,
  plainInBlock,
  singleQuoted,
  skipSpaces,
} from './blockScalar';
import type { Reader } from './blockScalar';

const DOT = 46;
/** js-yaml refuses longer implicit keys. */
const MAX_KEY_LENGTH = 1000;

/** js-yaml refuses these characters; \x85, U+2028 and U+2029 are left to it as well. */
const UNUSUAL = /[^\x20-\x7e\n]/;
const REFUSED =
  // eslint-disable-next-line no-control-regex -- js-yaml's non-printable characters, to leave them to it
  /[\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * The start of the next line holding more than blanks or a comment (r.pos moves there, r.at
 * to its first character); -1 at the end.
 */
function nextContent(r: Reader): number {
  const { text } = r;
  let s = r.pos;
  while (s < text.length) {
    const i = skipSpaces(text, s);
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== HASH) {
      r.pos = s;
      r.at = i;
      return s;
    }
    s = lineEnd(text, i) + 1;
  }
  r.pos = text.length;
  return -1;
}

/** Whether the line at `s` is `---` or `...` (a document marker), with nothing or a comment after. */
function markerAt(text: string, s: number, c: number): boolean {
  if (text.charCodeAt(s) !== c || text.charCodeAt(s + 1) !== c || text.charCodeAt(s + 2) !== c) {
    return false;
  }
  const e = lineEnd(text, s);
  const i = skipSpaces(text, s + 3);
  if (i === s + 3 && i < e) return false;
  if (i < e && text.charCodeAt(i) !== HASH) notMine();
  return true;
}

function isEntryStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === DASH && (next === SPACE || next === 10 || i + 1 === text.length);
}

/** Where the `:` of an implicit key starting at `i` is, or -1 when the line is no `key: …`. */
function keyColon(r: Reader, i: number, end: number): number {
  const { text } = r;
  const c = text.charCodeAt(i);
  if (c === QUOTE || c === DQUOTE) {
    if (c === QUOTE) singleQuoted(r, i, end);
    else doubleQuoted(r, i, end);
    const after = r.at;
    if (text.charCodeAt(after) !== COLON) return -1;
    return after + 1 === end || text.charCodeAt(after + 1) === SPACE ? after : notMine();
  }
  if (!isPlainStart(text, i, end)) return -1;
  const colon = colonAt(r, i, end);
  return colon === -1 || commentAt(r, i) < colon ? -1 : colon;
}

/** The value written after `key:` or `- ` at `i`, to the line's end; r.pos moves past it. */
function inlineValue(r: Reader, i: number, end: number, indent: number): unknown {
  const { text } = r;
  const c = text.charCodeAt(i);
  let value: unknown;
  if (c === 124) return literalBlock(r, i, end, indent);
  if (c === QUOTE) value = singleQuoted(r, i, end);
  else if (c === DQUOTE) value = doubleQuoted(r, i, end);
  else if (c === 91 || c === 123) value = flowCollection(r, i, end);
  else if (isPlainStart(text, i, end)) return plainInBlock(r, i, end, indent);
  else notMine();
  const after = skipSpaces(text, r.at);
  if (after < end && !(text.charCodeAt(after) === HASH && after > r.at)) notMine();
  r.pos = end + 1;
  return value;
}

/** The node on the lines after a `key:` or `-` with nothing after it (null when there is none). */
function nestedNode(r: Reader, parentIndent: number, sequenceAtParent: boolean): unknown {
  const s = nextContent(r);
  if (s === -1) return null;
  const { text } = r;
  const i = r.at;
  const indent = i - s;
  if (indent > parentIndent) {
    return isEntryStart(text, i) ? sequenceAt(r, indent) : mappingAt(r, indent, i);
  }
  if (indent === parentIndent && sequenceAtParent && isEntryStart(text, i)) {
    return sequenceAt(r, indent);
  }
  return null;
}

function enter(r: Reader): void {
  r.depth += 1;
  if (r.depth > MAX_DEPTH) notMine();
}

/** The next line of a collection at `indent`: its start, or -1 when the collection ends there. */
function nextLineAt(r: Reader, indent: number): number {
  const s = nextContent(r);
  if (s === -1) return -1;
  const found = r.at - s;
  if (found > indent) notMine();
  return found === indent ? s : -1;
}

function sequenceAt(r: Reader, indent: number): unknown[] {
  enter(r);
  const { text } = r;
  const items: unknown[] = [];
  let s = r.pos;
  while (s !== -1 && isEntryStart(text, s + indent)) {
    const end = lineEnd(text, s);
    const i = skipSpaces(text, s + indent + 1);
    if (i >= end || (text.charCodeAt(i) === HASH && i > s + indent + 1)) {
      r.pos = end + 1;
      items.push(nestedNode(r, indent, false));
    } else if (isEntryStart(text, i)) notMine();
    else if (keyColon(r, i, end) !== -1) items.push(mappingAt(r, i - s, i));
    else items.push(inlineValue(r, i, end, indent));
    s = nextLineAt(r, indent);
  }
  r.depth -= 1;
  return items;
}

/** A block mapping whose keys sit at column `indent`, the first one at `first`. */
function mappingAt(r: Reader, indent: number, first: number): Record<string, unknown> {
  enter(r);
  const { text } = r;
  const map: Record<string, unknown> = {};
  let i = first;
  for (;;) {
    const end = lineEnd(text, i);
    const colon = keyColon(r, i, end);
    if (colon === -1 || colon - i > MAX_KEY_LENGTH) notMine();
    const c = text.charCodeAt(i);
    const plain = c !== QUOTE && c !== DQUOTE;
    if (plain && text.charCodeAt(colon - 1) === SPACE) notMine();
    const source = plain
      ? text.slice(i, colon)
      : c === QUOTE
        ? singleQuoted(r, i, end)
        : doubleQuoted(r, i, end);
    const key = plain ? plainKeyOf(r, source) : keyOf(source, false);
    if (Object.hasOwn(map, key)) notMine();
    const v = skipSpaces(text, colon + 1);
    if (v >= end || (text.charCodeAt(v) === HASH && v > colon + 1)) {
      r.pos = end + 1;
      map[key] = nestedNode(r, indent, true);
    } else map[key] = inlineValue(r, v, end, indent);
    const s = nextLineAt(r, indent);
    if (s === -1 || markerAt(text, s, DASH) || markerAt(text, s, DOT)) break;
    if (isEntryStart(text, s + indent)) notMine();
    i = s + indent;
  }
  r.depth -= 1;
  return map;
}

/**
 * One value per YAML document of `text` (null for an empty one), as
 * `yamlConstruct(yamlEvents(text))` gives them, or null when the text is not the
 * block YAML this reader knows.
 */
export function blockYamlDocuments(source: string): unknown[] | null {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n/g, '\n');
  if (text.includes('\r') || text.includes('\t')) return null;
  if (UNUSUAL.test(text) && REFUSED.test(text)) return null;
  try {
    return documentsOf({ text, pos: 0, at: 0, depth: 0, colon: -1, comment: -1, keys: new Map() });
  } catch (error) {
    if (error === NOT_MINE) return null;
    throw error;
  }
}

function documentsOf(r: Reader): unknown[] {
  const { text } = r;
  const documents: unknown[] = [];
  let open = false;
  let filled = false;
  let value: unknown = null;
  for (let s = nextContent(r); s !== -1; s = nextContent(r)) {
    const start = markerAt(text, s, DASH);
    if (start || markerAt(text, s, DOT)) {
      if (open) documents.push(value);
      [open, filled, value] = [start, false, null];
      r.pos = lineEnd(text, s) + 1;
      continue;
    }
    if (filled) notMine();
    const i = r.at;
    if (text.charCodeAt(i) === 37) notMine();
    value = isEntryStart(text, i) ? sequenceAt(r, i - s) : mappingAt(r, i - s, i);
    [open, filled] = [true, true];
  }
  if (open) documents.push(value);
  return documents;
}
