/**
 * The block reader gives exactly what js-yaml's events construct, whenever it answers:
 * on generated files written many ways, on every fixture and real manifest, and on the
 * files `serializeDocument` writes, which it must answer (or it would be no faster).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { propertyRuns } from '../../engine/__fixtures__/propertyRuns';
import { arbBlockYaml } from '../__fixtures__/arbBlockYaml';
import { serializeDocument } from '../serialize';
import { blockYamlDocuments } from './blockYaml';
import { MAX_DEPTH, eventsNeedScan } from './eventIndex';
import { yamlConstruct, yamlEvents } from './yaml';

/** What js-yaml's path makes of `text` when it needs no scan; a word when it does not get there. */
function jsYamlDocuments(text: string): unknown[] | 'syntax error' | 'needs a scan' | 'refused' {
  const events = yamlEvents(text, MAX_DEPTH + 2);
  if (!events.ok) return 'syntax error';
  if (eventsNeedScan(text, events.value)) return 'needs a scan';
  const values = yamlConstruct(events.value, text, 'fail');
  return values.ok ? values.value : 'refused';
}

/** Whether the block reader answered `text`, having checked that its answer is js-yaml's. */
function answeredAlike(text: string): boolean {
  const fast = blockYamlDocuments(text);
  if (fast !== null) expect(fast).toStrictEqual(jsYamlDocuments(text));
  return fast !== null;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus/real');
const FIXTURES = resolve(ROOT, 'src/io/__fixtures__');
const yamlFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => resolve(dir, name))
    : [];

describe('when the block reader answers', () => {
  it('gives the values js-yaml gives, on files written every which way', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(arbBlockYaml, (text) => {
        runs += 1;
        if (answeredAlike(text)) answered += 1;
      }),
      propertyRuns(6000),
    );
    // Most generated files are in its subset: a reader that always bails fails here.
    expect(answered).toBeGreaterThan(runs * 0.2);
  });

  it('gives the values js-yaml gives on every fixture and real manifest', () => {
    const files = [...yamlFiles(FIXTURES), ...yamlFiles(CORPUS)];
    const answered = files.filter((file) => answeredAlike(readFileSync(file, 'utf8')));
    // The live dump, the three-tier lesson and most real manifests are block YAML.
    expect(answered.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(
      expect.arrayContaining(['live-dump.yaml', 'three-tier.yaml', 'cluster-dump.yaml']),
    );
    if (existsSync(CORPUS)) expect(answered.length).toBeGreaterThan(files.length * 0.7);
  });

  it('folds a long plain text onto one line, as kubectl wraps it', () => {
    const text =
      'metadata:\n  annotations:\n    note: Allows ingress\n      from b  # why\n  name: x\n';
    expect(answeredAlike(text)).toBe(true);
    expect(blockYamlDocuments(text)).toEqual([
      { metadata: { annotations: { note: 'Allows ingress from b' }, name: 'x' } },
    ]);
  });

  it.each([
    ['a colon inside plain text', 'a: b:c\nurl: http://x:80/y\na:b: c\n'],
    ['a # that starts no comment', 'a: x#y\nb: x #y\nc#d: e\nf: "x #y"\ng: \'x #y\'\n'],
    ['spaces before a value, and no value', 'a:    b\nc:   \nd:\n'],
    ['numbers YAML 1.1 reads', 'a: 012\nb: 1_000\nc: .5\nd: +1\ne: 0x1F\nf: 190:20:30\ng: 0b101\n'],
    ['words that look like numbers', 'a: 0o12\nb: 1e3\nc: 2024-01-01\nd: 1.0e+3\n'],
    ['the ways to write null', 'a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\n'],
    [
      'plain text starting with an indicator-like character',
      'a: -x\nb: ?x\nc: :x\nd: <<\ne: =\n-f: g\n',
    ],
    ['keys that resolve', '1: a\n~: b\n.inf: c\n2.50: d\n---a: e\n'],
    [
      'literal blocks, kept lines and trailing blanks',
      'a: |\n  x\n    y\n\nb: |-\n  x\n\nc: | # c\n  z\n',
    ],
    ['a literal block with Windows line ends', 'a: |\r\n  x\r\n\r\n  y\r\nb: 1\r\n'],
    ['plain text wrapped in a sequence', 'a:\n- x\n y\n- b: x\n   y\n- |\n z\n'],
    ['... inside wrapped text, and as a document end', 'a: x\n  ...\n...\nb: 2\n'],
    ['entries with nothing or a comment after -', '-\n  a: 1\n- # c\n  b: 2\n'],
    ['quotes and escapes', 'a: \'it\'\'s\'\nb: "\\u00e9\\/"\nc: [a, [b, {c: ~}]]\nd: {"e":1}\n'],
  ])('reads %s as js-yaml does', (_, text) => {
    expect(answeredAlike(text)).toBe(true);
  });

  it('reads what serializeDocument writes', () => {
    const doc = generateCluster({ pods: 120, policies: 40, namespaces: 6, seed: 42 });
    const text = serializeDocument(doc);
    expect(answeredAlike(text)).toBe(true);
  });
});

describe('when a file is not block YAML it knows', () => {
  const deep = `${Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
  it.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *a\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a YAML 1.1 boolean word as a value', 'a: yes\n'],
    ['a YAML 1.1 boolean word as a key', 'on: 1\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['a key written twice in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['a merge key', 'a: {b: 1}\n<<: {c: 2}\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['nesting deeper than MAX_DEPTH', deep],
    ['a folded block scalar', 'a: >\n  text\n'],
    ['a kept block scalar', 'a: |+\n  text\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n  text\n'],
    ['a plain scalar folded across a blank line', 'a: one\n\n  two\n'],
    ['a plain scalar whose next line starts with -', 'a: one\n  - two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['an escape it does not decode', 'a: "\\b"\n'],
    ['a tab', 'a:\tb\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a complex key', '? a\n: b\n'],
    ['a comment right after a quote', "a: 'b'# c\n"],
    ['a scalar document', 'just text\n'],
    ['content after ---', '--- {a: 1}\n'],
    ['a multi-line flow mapping (JSON)', '{\n  "a": 1\n}\n'],
    ['a syntax error', 'a: b: c\n'],
    ['a sequence entry inside a mapping', 'a: 1\n- b\n'],
    ['a second root', 'a: 1\n- b\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a non-printable character', 'a: \u0007\n'],
  ])('leaves %s to js-yaml', (_, text) => {
    expect(blockYamlDocuments(text)).toBeNull();
  });
});
