import { describe, expect, it } from 'vitest';
import { withDragged } from './draggedNodes';
import { NAMESPACE_MIN, WORKLOAD_SIZE, namespaceFit } from './layoutGeometry';
import type { CanvasNode } from './reactFlowTypes';

const box = {
  id: 'namespace:prod',
  type: 'namespace',
  position: { x: 100, y: 100 },
  width: 600,
  height: 400,
  data: { name: 'prod', labels: [] },
} as unknown as CanvasNode;
const card = (name: string, x: number, y: number) =>
  ({
    id: `workload:prod/${name}`,
    type: 'workload',
    parentId: 'namespace:prod',
    position: { x, y },
    width: WORKLOAD_SIZE.width,
    height: WORKLOAD_SIZE.height,
    data: { name },
  }) as unknown as CanvasNode;
const other = { ...box, id: 'namespace:dev', data: { name: 'dev', labels: [] } } as CanvasNode;
const nodes = [box, card('web', 24, 56), card('api', 340, 56), other];

describe('the nodes drawn during a drag', () => {
  it('are the nodes themselves when nothing is dragged', () => {
    expect(withDragged(nodes, null)).toBe(nodes);
    expect(withDragged(nodes, new Map())).toBe(nodes);
  });

  it('draw the dragged card where it is, its box grown to hold it, the rest as they were', () => {
    const drawn = withDragged(nodes, new Map([['workload:prod/api', { x: 900, y: 700 }]]));
    expect(drawn[2]?.position).toEqual({ x: 900, y: 700 });
    expect(drawn[0]).toMatchObject({
      width: 900 + WORKLOAD_SIZE.width + 24,
      height: 700 + WORKLOAD_SIZE.height + 24,
    });
    expect(drawn[1]).toBe(nodes[1]);
    expect(drawn[3]).toBe(other);
  });

  it('size the box to its cards as one placed there would be: it shrinks back as the card returns', () => {
    const drawn = withDragged(nodes, new Map([['workload:prod/api', { x: 30, y: 60 }]]));
    const least = namespaceFit('prod', NAMESPACE_MIN, true);
    expect(drawn[0]).toMatchObject({
      width: Math.max(least.width, 30 + WORKLOAD_SIZE.width + 24),
      height: Math.max(least.height, 60 + WORKLOAD_SIZE.height + 24),
    });
  });

  it('move a dragged box, its cards with it (their places are relative to it)', () => {
    const drawn = withDragged(nodes, new Map([['namespace:prod', { x: 500, y: 20 }]]));
    expect(drawn[0]).toMatchObject({ position: { x: 500, y: 20 }, width: 600, height: 400 });
    expect(drawn[1]).toBe(nodes[1]);
  });
});
