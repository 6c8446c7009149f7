import { describe, expect, it } from 'vitest';
import { loadObjects } from './load';
import type { LoadedObject } from './load';

function objectOf(text: string): LoadedObject {
  const result = loadObjects({ name: 'in.yaml', text });
  if (!result.ok || !result.objects[0]) throw new Error(JSON.stringify(result.issues));
  return result.objects[0];
}

const POLICY = `kind: NetworkPolicy
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
    app: x
spec:
  ingress:
    - from:
        - podSelector: {}
        - ipBlock:
            cidr: "10.0.0.0/8"
`;

describe('when an issue path is located in the text', () => {
  it('points at the key of the field', () => {
    expect(objectOf(POLICY).locate('metadata.name')).toEqual({ line: 3, column: 3 });
  });

  it('follows list indexes', () => {
    expect(objectOf(POLICY).locate('spec.ingress[0].from[1].ipBlock.cidr')).toEqual({
      line: 12,
      column: 13,
    });
    expect(objectOf(POLICY).locate('spec.ingress[0].from[1]')).toEqual({ line: 11, column: 11 });
  });

  it('falls back to the nearest field that exists', () => {
    expect(objectOf(POLICY).locate('spec.ingress[0].from[7].podSelector')).toEqual({
      line: 9,
      column: 7,
    });
    expect(objectOf(POLICY).locate('spec.egress')).toEqual({ line: 7, column: 1 });
  });

  it('finds keys with dots, written plainly or in brackets', () => {
    const object = objectOf(POLICY);
    expect(object.locate('metadata.labels.app.kubernetes.io/name')).toEqual({ line: 5, column: 5 });
    expect(object.locate('metadata.labels["app.kubernetes.io/name"]')).toEqual({
      line: 5,
      column: 5,
    });
    expect(object.locate('metadata.labels.app')).toEqual({ line: 6, column: 5 });
  });

  it('places the whole object at its first key', () => {
    expect(objectOf(POLICY).locate('')).toEqual({ line: 1, column: 1 });
  });

  it('follows aliases and merge keys to where the value was written', () => {
    const text = [
      'kind: A',
      'base: &base',
      '  team: a',
      '  tier:',
      '    - x',
      'copy: *base',
      'merged:',
      '  <<: *base',
      '  own: 1',
      '',
    ].join('\n');
    const object = objectOf(text);
    expect(object.locate('copy.tier[0]')).toEqual({ line: 5, column: 7 });
    expect(object.locate('merged.team')).toEqual({ line: 3, column: 3 });
    expect(object.locate('merged.own')).toEqual({ line: 9, column: 3 });
  });

  it('resolves plain keys as they are constructed (`True:` is the key "true")', () => {
    expect(objectOf('kind: A\nspec:\n  True: 1\n').locate('spec.true')).toEqual({
      line: 3,
      column: 3,
    });
  });
});
