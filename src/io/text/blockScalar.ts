/**
 * The scalars of the block YAML reader (`blockYaml.ts`), on one line (plain text may go on
 * on deeper lines, `|` blocks on the lines below):
 *
 * ```yaml
 * plain: web-1          # resolved as js-yaml resolves it (YAML 1.1, see yaml.ts)
 * single: 'it''s'       # quoted, with '' for a quote
 * double: "a\"b\u00e9"  # quoted, with the common escapes
 * empty: {}             # and [], or a flow collection of such scalars: [Ingress, Egress]
 * text: |               # a literal block (clip or strip), lines kept as written
 *   {"kind": "NetworkPolicy"}
 * ```
 *
 * Anything else (`>`, `&a`, `*a`, `!tag`, a quote that closes on another line, an
 * escape not decoded here, a plain `yes`, …) throws `NOT_MINE`: js-yaml reads that file.
 */
import { MAX_DEPTH } from './eventIndex';
import { YAML11_BOOLEAN_WORDS, yamlPlainValue } from './yaml';

/** Thrown on anything outside the reader's subset; only `blockYamlDocuments` catches it. */
export const NOT_MINE = new Error('outside the block YAML subset');

export function notMine(): never {
  throw NOT_MINE;
}

/** Where the reader is: `pos` a line start, `at` the end of the last scalar read. */
export interface Reader {
  readonly text: string;
  pos: number;
  at: number;
  depth: number;
  /** Where the next `:` and the next comment after text are (see `colonAt`). */
  colon: number;
  comment: number;
  /** Plain keys read so far, with the keys they make. */
  readonly keys: Map<string, string>;
}

/** Character codes the block reader looks for (blockYaml.ts reads lines with them too). */
export const SPACE = 32;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const QUOTE = 39;
export const DQUOTE = 34;
const COMMA = 44;
const BACKSLASH = 92;
const BRACKET_CLOSE = 93;
const BRACE_CLOSE = 125;
function codesOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)));
}

/** Characters that may not start a plain scalar: `,[]{}#&*!|>'"%@` and backquote (js-yaml's list). */
const INDICATORS = codesOf(',[]{}#&*!|>\'"%@`');
const QUESTION = 63;
const FLOW = codesOf(',[]{}');
const FLOW_STOPS = codesOf(',[]{}#:');

export function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === SPACE) i++;
  return i;
}

/**
 * The first `:` in [from, end) that ends a plain key (a space or the line's end after it), or
 * -1. The text is searched natively (a cold process reads most lines once), and reads move
 * forward, so one search serves every line up to the `:` or comment it finds.
 */
export function colonAt(r: Reader, from: number, end: number): number {
  const { text } = r;
  for (let j = nextOf(r, from, ':'); j < end; j = nextOf(r, j + 1, ':')) {
    if (j + 1 === end || text.charCodeAt(j + 1) === SPACE) return j;
  }
  return -1;
}

/** The first ` #` (a comment after text) whose `#` is at or after `from`, or the text's length. */
export function commentAt(r: Reader, from: number): number {
  return nextOf(r, from, ' #');
}

function nextOf(r: Reader, from: number, what: ':' | ' #'): number {
  const colon = what === ':';
  const known = colon ? r.colon : r.comment;
  if (known >= from) return known;
  const found = r.text.indexOf(what, colon ? from : from - 1);
  const at = found === -1 ? r.text.length : colon ? found : found + 1;
  if (colon) r.colon = at;
  else r.comment = at;
  return at;
}

/** Whether a plain scalar may start at `i` (`-` and `?` only when text follows them). */
export function isPlainStart(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === DASH || c === QUESTION) {
    return i + 1 < end && text.charCodeAt(i + 1) !== SPACE && !FLOW.has(text.charCodeAt(i + 1));
  }
  return i < end && !INDICATORS.has(c);
}

/** A plain scalar's value; the YAML 1.1 boolean words go to js-yaml's path (it warns). */
export function plainValue(source: string): unknown {
  if (source.length <= 3 && YAML11_BOOLEAN_WORDS.has(source)) notMine();
  return yamlPlainValue(source);
}

/** A mapping key as js-yaml makes it: plain keys resolved, then made strings. */
export function keyOf(source: string, plain: boolean): string {
  const key = plain ? String(plainValue(source)) : source;
  if (key === '<<' || key === '__proto__') notMine();
  return key;
}

/** `keyOf` a plain key, remembered: a file writes the same few keys again and again. */
export function plainKeyOf(r: Reader, source: string): string {
  let key = r.keys.get(source);
  if (key === undefined) {
    key = keyOf(source, true);
    r.keys.set(source, key);
  }
  return key;
}

export function singleQuoted(r: Reader, start: number, end: number): string {
  const { text } = r;
  let out = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    if (q === -1 || q >= end) notMine();
    if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
      out += text.slice(from, q + 1);
      from = q + 2;
      continue;
    }
    r.at = q + 1;
    return out + text.slice(from, q);
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  '/': '/',
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function doubleQuoted(r: Reader, start: number, end: number): string {
  const { text } = r;
  let out = '';
  let from = start + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DQUOTE) {
      r.at = i + 1;
      return out + text.slice(from, i);
    }
    if (c !== BACKSLASH) continue;
    out += text.slice(from, i);
    const escape = text.charAt(i + 1);
    const simple = ESCAPES[escape];
    if (simple !== undefined && i + 1 < end) {
      out += simple;
      i += 1;
    } else if (escape === 'u' && i + 5 < end && HEX4.test(text.slice(i + 2, i + 6))) {
      const code = parseInt(text.slice(i + 2, i + 6), 16);
      if (code >= 0xd800 && code < 0xe000) notMine();
      out += String.fromCharCode(code);
      i += 5;
    } else notMine();
    from = i + 1;
  }
  return notMine();
}

/**
 * A plain scalar of a block line, up to a comment or the line's end (never `: `), and the
 * lines after it that sit deeper than `parentIndent` (folded: one space for each line break).
 * r.pos moves to the line after it.
 *
 * ```yaml
 * description: Allows ingress from pods
 *   in namespace b      # "Allows ingress from pods in namespace b"
 * ```
 */
export function plainInBlock(r: Reader, start: number, end: number, parentIndent: number) {
  const { text } = r;
  let stop = plainStop(r, start, end);
  let folded = trimmed(text, start, stop);
  let next = end + 1;
  while (stop === end && next < text.length) {
    const i = skipSpaces(text, next);
    const e = lineEnd(text, i);
    if (i === e || i - next <= parentIndent || text.charCodeAt(i) === HASH) break;
    if (text.charCodeAt(i) === DASH || !isPlainStart(text, i, e)) notMine();
    stop = plainStop(r, i, e);
    folded += ` ${trimmed(text, i, stop)}`;
    end = e;
    next = e + 1;
  }
  r.at = end;
  r.pos = end + 1;
  return plainValue(folded);
}

/** Where the line holding `i` ends: its `\n`, or the text's end. */
export function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e === -1 ? text.length : e;
}

/** Where the plain text starting at `start` ends: a comment or the line's end; `: ` is not mine. */
function plainStop(r: Reader, start: number, end: number): number {
  const comment = commentAt(r, start);
  const stop = comment < end ? comment : end;
  if (colonAt(r, start, stop) !== -1) notMine();
  return stop;
}

function trimmed(text: string, start: number, stop: number): string {
  while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--;
  return text.slice(start, stop);
}

/** One scalar of a flow collection; a plain key stops at its `: `. */
function flowScalar(r: Reader, i: number, end: number, key: boolean): unknown {
  const { text } = r;
  const c = text.charCodeAt(i);
  if (c === QUOTE) return singleQuoted(r, i, end);
  if (c === DQUOTE) return doubleQuoted(r, i, end);
  if (!key && (c === 91 || c === 123)) return flowCollection(r, i, end);
  if (!isPlainStart(text, i, end)) notMine();
  let stop = i;
  while (stop < end && !FLOW_STOPS.has(text.charCodeAt(stop))) stop++;
  const at = text.charCodeAt(stop);
  if (at === HASH || (at === COLON && !(key && text.charCodeAt(stop + 1) === SPACE))) notMine();
  r.at = stop;
  while (stop > i && text.charCodeAt(stop - 1) === SPACE) stop--;
  const source = text.slice(i, stop);
  return key ? plainKeyOf(r, source) : plainValue(source);
}

/** `{}`, `[]`, `[a, "b"]`, `{a: 1, "b": [c]}` on one line (keys are scalars). */
export function flowCollection(r: Reader, start: number, end: number): unknown {
  r.depth += 1;
  if (r.depth > MAX_DEPTH) notMine();
  const { text } = r;
  const sequence = text.charCodeAt(start) !== 123;
  const close = sequence ? BRACKET_CLOSE : BRACE_CLOSE;
  let i = skipSpaces(text, start + 1);
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  if (text.charCodeAt(i) !== close) {
    for (;;) {
      if (sequence) items.push(flowScalar(r, i, end, false));
      else {
        const quoted = text.charCodeAt(i) === QUOTE || text.charCodeAt(i) === DQUOTE;
        const found = flowScalar(r, i, end, true);
        const key = quoted ? keyOf(found as string, false) : (found as string);
        if (text.charCodeAt(r.at) !== COLON || Object.hasOwn(map, key)) notMine();
        const next = r.at + 1;
        if (next < end && text.charCodeAt(next) !== SPACE && !quoted) notMine();
        map[key] = flowScalar(r, skipSpaces(text, next), end, false);
      }
      i = skipSpaces(text, r.at);
      if (text.charCodeAt(i) === close) break;
      if (text.charCodeAt(i) !== COMMA) notMine();
      i = skipSpaces(text, i + 1);
    }
  }
  if (i >= end) notMine();
  r.at = i + 1;
  r.depth -= 1;
  return sequence ? items : map;
}

/** The body of `|` or `|-` at `start`, whose lines sit deeper than `parentIndent`. */
export function literalBlock(r: Reader, start: number, headerEnd: number, parentIndent: number) {
  const { text } = r;
  let i = start + 1;
  const strip = text.charCodeAt(i) === DASH;
  if (strip) i++;
  const after = skipSpaces(text, i);
  if (after < headerEnd && !(text.charCodeAt(after) === HASH && after > i)) notMine();
  let s = headerEnd + 1;
  let contentIndent = -1;
  let out = '';
  let pending = 0;
  while (s < text.length) {
    const e = lineEnd(text, s);
    if (e === s) {
      if (contentIndent === -1) notMine();
      pending++;
      s = e + 1;
      continue;
    }
    const indent = skipSpaces(text, s) - s;
    if (indent === e - s) notMine();
    if (contentIndent === -1) {
      if (indent <= parentIndent) notMine();
      contentIndent = indent;
    } else if (indent < contentIndent) break;
    else out += '\n'.repeat(pending + 1);
    out += text.slice(s + contentIndent, e);
    pending = 0;
    s = e + 1;
  }
  if (contentIndent === -1) notMine();
  r.pos = Math.min(s, text.length);
  return strip ? out : `${out}\n`;
}
