import { describe, expect, it } from 'vitest';
import type { PathIssue } from '../text/pathIssue';
import { pathChild, pathIndex, formatValue } from '../text/pathIssue';
import { checkKnownFields, closestField, editDistance } from './unknownFields';

describe('editDistance', () => {
  it.each([
    ['from', 'from', 0],
    ['form', 'from', 1],
    ['podselector', 'podselector', 0],
    ['matchlabel', 'matchlabels', 1],
    ['to', 'from', 3],
    ['', 'abc', 3],
  ])('%j to %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('closestField', () => {
  const known = ['podSelector', 'namespaceSelector', 'ipBlock'];
  it.each([
    ['podselector', 'podSelector'],
    ['PodSelector', 'podSelector'],
    ['namespaceSelecter', 'namespaceSelector'],
    ['ipblock', 'ipBlock'],
    ['namespace', 'namespaceSelector'],
  ])('suggests %j for %j', (name, expected) => {
    expect(closestField(name, known)).toBe(expected);
  });
  it('suggests nothing for an unrelated name', () => {
    expect(closestField('ports', known)).toBeUndefined();
  });
  it('does not suggest a short field for a name two edits away', () => {
    expect(closestField('ab', ['to'])).toBeUndefined();
  });
});

describe('field paths', () => {
  it('writes plain keys with a dot and others in brackets', () => {
    expect(pathChild('metadata.labels', 'app')).toBe('metadata.labels.app');
    expect(pathChild('metadata.labels', 'app.kubernetes.io/name')).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
    expect(pathChild('', 'spec')).toBe('spec');
    expect(pathIndex('spec.ingress', 0)).toBe('spec.ingress[0]');
  });
  it('formats bad values as Go does', () => {
    expect([formatValue('a'), formatValue(80), formatValue(true), formatValue(['a', 'b'])]).toEqual(
      ['"a"', '80', 'true', '["a","b"]'],
    );
    expect(formatValue([BigInt(1)])).toBe('1');
  });
  it('cuts a huge value in a message and says how long it was', () => {
    const message = formatValue('a'.repeat(100_000));
    expect(message).toBe(`"${'a'.repeat(80)}…" (100000 characters)`);
    expect(formatValue('a'.repeat(100))).toBe(`"${'a'.repeat(100)}"`);
    expect(formatValue(['a'.repeat(500)]).length).toBeLessThanOrEqual(100);
  });
  it('cuts a huge unknown field name in its message, not in its path', () => {
    const issues: PathIssue[] = [];
    checkKnownFields({ ['k'.repeat(5000)]: 'v' }, ['podSelector'], 'spec', issues);
    expect(issues[0]?.path).toBe(`spec.${'k'.repeat(5000)}`);
    expect(issues[0]?.message.length).toBeLessThan(200);
    expect(issues[0]?.message).toContain('(5000 characters)');
  });
});
