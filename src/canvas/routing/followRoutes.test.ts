import { describe, expect, it } from 'vitest';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import { followingRoutes } from './followRoutes';

const node = (id: string, x: number, y: number, parentId?: string) =>
  ({
    id,
    type: parentId === undefined ? 'namespace' : 'workload',
    position: { x, y },
    width: 100,
    height: 50,
    ...(parentId === undefined ? {} : { parentId }),
    data: { name: id, labels: [] },
  }) as unknown as CanvasNode;
const line = (source: string, target: string) =>
  ({ id: `${source}>${target}`, source, target }) as FlowEdge;

const nodes = [
  node('box', 1000, 0),
  node('a', 0, 0),
  node('b', 400, 0),
  node('c', 0, 400),
  node('d', 10, 60, 'box'),
];
const lines = [line('a', 'b'), line('b', 'a'), line('b', 'c'), line('c', 'd')];

describe('the lines that follow a drag', () => {
  it('are those of the dragged node, straight between their ends, without labels', () => {
    const routes = followingRoutes(nodes, lines, new Set(['c']));
    expect([...routes.keys()]).toEqual(['b>c', 'c>d']);
    const toD = routes.get('c>d');
    // From c's border towards d, drawn at its place in its box (1010, 60).
    expect(toD?.label).toBeNull();
    expect(toD?.points.at(-1)?.x).toBeCloseTo(1010);
    expect(toD?.path.startsWith('M 100')).toBe(true);
  });

  it('keep the two lines of a pair apart, as routed', () => {
    const routes = followingRoutes(nodes, lines, new Set(['a']));
    const there = routes.get('a>b')?.points[0];
    const back = routes.get('b>a')?.points.at(-1);
    expect(there?.y).not.toBe(back?.y);
  });

  it('are those of the cards in a dragged box too', () => {
    expect([...followingRoutes(nodes, lines, new Set(['box'])).keys()]).toEqual(['c>d']);
  });
});
