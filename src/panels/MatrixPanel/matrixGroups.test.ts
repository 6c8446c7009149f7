import { describe, expect, it } from 'vitest';
import type { MatrixNode } from '../../store';
import {
  columnRunsOf,
  groupStartsOf,
  headingBefore,
  matrixLinesOf,
  namespaceInNamesOf,
} from './matrixGroups';

function node(namespace: string | null, name: string): MatrixNode {
  return {
    namespace,
    name,
    label: namespace === null ? name : `${namespace}/${name}`,
  } as MatrixNode;
}

const NODES = [node('prod', 'web'), node('prod', 'api'), node('dev', 'api'), node(null, 'backup')];

describe('when the matrix rows are grouped by namespace', () => {
  it('heads each namespace with its count, then its workloads', () => {
    expect(matrixLinesOf(NODES, [0, 1, 2, 3])).toEqual([
      { kind: 'group', namespace: 'prod', count: 2 },
      { kind: 'node', node: 0 },
      { kind: 'node', node: 1 },
      { kind: 'group', namespace: 'dev', count: 1 },
      { kind: 'node', node: 2 },
      { kind: 'group', namespace: null, count: 1 },
      { kind: 'node', node: 3 },
    ]);
  });

  it('heads only the namespaces a filter keeps', () => {
    expect(matrixLinesOf(NODES, [1, 2])).toEqual([
      { kind: 'group', namespace: 'prod', count: 1 },
      { kind: 'node', node: 1 },
      { kind: 'group', namespace: 'dev', count: 1 },
      { kind: 'node', node: 2 },
    ]);
  });
});

describe('when the rows in view start inside a namespace', () => {
  const lines = matrixLinesOf(
    [...NODES.slice(0, 2), node('prod', 'db'), ...NODES.slice(2)],
    [0, 1, 2, 3, 4],
  );

  it('keeps the heading of that namespace, scrolled out of the window', () => {
    expect(headingBefore(lines, 3)).toEqual({ line: lines[0], at: 0 });
  });

  it('keeps it just above the window too (the line the grid draws it in)', () => {
    expect(headingBefore(lines, 1)).toEqual({ line: lines[0], at: 0 });
    expect(headingBefore(lines, 5)).toEqual({ line: lines[4], at: 4 });
  });

  it('needs none when the heading is in the window', () => {
    expect(headingBefore(lines, 0)).toBeNull();
    expect(headingBefore(lines, 4)).toBeNull();
  });
});

describe('when the matrix columns are grouped by namespace', () => {
  it('spans each namespace over its columns in view', () => {
    expect(columnRunsOf(NODES, [0, 1, 2, 3], 1, 4)).toEqual([
      { namespace: 'prod', span: 1, first: 1 },
      { namespace: 'dev', span: 1, first: 2 },
      { namespace: null, span: 1, first: 3 },
    ]);
    expect(columnRunsOf(NODES, [0, 1, 2], 0, 3)[0]).toEqual({
      namespace: 'prod',
      span: 2,
      first: 0,
    });
  });

  it('marks the first column of each namespace', () => {
    expect(groupStartsOf(NODES, [0, 1, 2, 3])).toEqual([true, false, true, true]);
  });
});

describe('when a namespace is too narrow for its name over its columns', () => {
  const nodes = [
    node('prod', 'web'),
    node('prod', 'api'),
    node('prod', 'db'),
    node('onlineboutique', 'cartservice'),
    node('dev', 'api'),
    node(null, 'backup-server'),
  ];

  it('its columns say it in their names; a namespace that fits and the outside do not', () => {
    expect(namespaceInNamesOf(nodes, [0, 1, 2, 3, 4, 5], 30)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('a namespace left with one column by a filter says it in that name', () => {
    expect(namespaceInNamesOf(nodes, [0], 30)).toEqual([true]);
  });
});
