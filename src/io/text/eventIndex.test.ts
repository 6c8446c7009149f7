import { describe, expect, it } from 'vitest';
import { eventsNeedScan, MAX_ALIAS_NODES, MAX_DEPTH, scanEvents } from './eventIndex';
import type { ScanResult } from './eventIndex';
import { YAML_EVENT, yamlEvents } from './yaml';

function scan(text: string): ScanResult {
  const events = yamlEvents(text, 100);
  if (!events.ok) throw new Error(events.failure.message);
  return scanEvents(text, events.value);
}

/** An anchor of `size` nodes (a list of size - 1 scalars) and `aliases` aliases to it. */
function anchorWithAliases(size: number, aliases: number): string {
  return `a: &a [${Array(size - 1)
    .fill('x')
    .join(', ')}]\nb: [${Array(aliases).fill('*a').join(', ')}]\n`;
}

describe('when aliases are expanded', () => {
  it('accepts aliases that stay within the budget', () => {
    expect(scan(anchorWithAliases(1000, MAX_ALIAS_NODES / 1000)).ok).toBe(true);
  });

  it('refuses aliases that go over the budget, at the alias that does', () => {
    const text = anchorWithAliases(1000, MAX_ALIAS_NODES / 1000 + 1);
    const result = scan(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(text.slice(result.offset, result.offset + 2)).toBe('*a');
  });

  it('counts nested aliases by what they expand to', () => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 6; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    expect(scan(`${lines.join('\n')}\n`).ok).toBe(false);
    expect(scan(`${lines.slice(0, 5).join('\n')}\n`).ok).toBe(true);
  });

  it('resolves each alias to the node its anchor names, the latest definition first', () => {
    const text = 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n';
    const result = scan(text);
    if (!result.ok) throw new Error(result.message);
    const { events, aliasTargets } = result.index;
    const targets = [...aliasTargets].filter((target) => target !== -1);
    const values = targets.map((target) => {
      const event = events[target];
      return event?.type === YAML_EVENT.SCALAR ? text.slice(event.valueStart, event.valueEnd) : '?';
    });
    expect(values).toEqual(['1', '2']);
  });
});

describe('when a mapping repeats a key', () => {
  it('reports every repeat with its path from the document root', () => {
    const result = scan('a:\n  b: 1\n  b: 2\n  c: [{d: 1, d: 2}]\n---\ne: 1\ne: 2\n');
    if (!result.ok) throw new Error(result.message);
    expect(
      result.duplicates.map(({ document, segments, key }) => ({ document, segments, key })),
    ).toEqual([
      { document: 0, segments: ['a', 'b'], key: 'b' },
      { document: 0, segments: ['a', 'c', 0, 'd'], key: 'd' },
      { document: 1, segments: ['e'], key: 'e' },
    ]);
  });

  it('compares keys as constructed: `True` and `true` are the same key, `on` is its own', () => {
    const result = scan('True: 1\n"true": 2\non: 3\n');
    expect(result.ok && result.duplicates.map((duplicate) => duplicate.key)).toEqual(['true']);
  });

  it('notes plain YAML 1.1 boolean words among values, not keys or quoted text', () => {
    const result = scan('on: y\nlist: [no, "off", Yes]\n');
    expect(result.ok && result.booleanWords.map((w) => [w.segments, w.word])).toEqual([
      [['on'], 'y'],
      [['list', 0], 'no'],
      [['list', 2], 'Yes'],
    ]);
  });

  it('does not count a key given both by a merge and explicitly', () => {
    const result = scan('base: &b {x: 1}\ncopy:\n  <<: *b\n  x: 2\n');
    expect(result.ok && result.duplicates).toEqual([]);
  });

  it('does not confuse equal keys of different mappings', () => {
    const result = scan('a: {name: 1}\nb: {name: 1}\nc: [{name: 1}, {name: 2}]\n');
    expect(result.ok && result.duplicates).toEqual([]);
  });
});

describe('when deciding whether a file needs the scan before it is read', () => {
  const needsScan = (text: string): boolean => {
    const events = yamlEvents(text, 100);
    if (!events.ok) throw new Error(events.failure.message);
    return eventsNeedScan(text, events.value);
  };
  const nested = (levels: number): string =>
    `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`;

  it('reads a plain manifest without it, quoted booleans and repeated values included', () => {
    const text = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: web, labels: {debug: "on", tier: "yes", role: web}}',
      'spec:',
      '  podSelector: {matchLabels: {role: web}}',
      '  ingress: [{ports: [{port: 80}, {port: 80}]}]',
      '---',
      'kind: Namespace',
      '',
    ].join('\n');
    expect(needsScan(text)).toBe(false);
  });

  it('scans for an anchor, an alias or a tag', () => {
    expect(needsScan('a: &x {b: 1}\n')).toBe(true);
    expect(needsScan('a: &x 1\nb: 2\n')).toBe(true);
    expect(needsScan('a: &a [1]\nb: *a\n')).toBe(true);
    expect(needsScan('a: !!str 1\n')).toBe(true);
    expect(needsScan('a: !!map {b: 1}\n')).toBe(true);
  });

  it('scans for a plain yes/no/on/off/y/n, as a value or a key', () => {
    expect(needsScan('labels: {debug: on}\n')).toBe(true);
    expect(needsScan('names: [a, n]\n')).toBe(true);
    expect(needsScan('Yes: 1\n')).toBe(true);
    expect(needsScan('labels: {debug: onward, x: "on", z: \'no\'}\n')).toBe(false);
  });

  it(`scans deeper than ${MAX_DEPTH} levels, where the scan says how deep`, () => {
    expect(needsScan(nested(MAX_DEPTH))).toBe(false);
    expect(needsScan(nested(MAX_DEPTH + 1))).toBe(true);
    expect(scan(nested(MAX_DEPTH)).ok).toBe(true);
    expect(scan(nested(MAX_DEPTH + 1)).ok).toBe(false);
  });

  it('counts the depth of each document from zero', () => {
    const twice = `${nested(MAX_DEPTH)}---\n${nested(MAX_DEPTH)}`;
    expect(needsScan(twice)).toBe(false);
    expect(scan(twice).ok).toBe(true);
  });
});
