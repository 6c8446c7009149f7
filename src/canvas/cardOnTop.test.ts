import { describe, expect, it } from 'vitest';
import { withCardOnTop } from './cardOnTop';
import type { CanvasNode } from './reactFlowTypes';

const node = (id: string, type: string): CanvasNode =>
  ({ id, type, position: { x: 0, y: 0 }, data: {} }) as unknown as CanvasNode;

const box = node('namespace:shop', 'namespace');
const a = node('workload:shop/a', 'workload');
const b = node('workload:shop/b', 'workload');
const c = node('workload:shop/c', 'workload');
const other = node('namespace:web', 'namespace');

describe('the card moved last', () => {
  it('is drawn last, over the cards after it in the list; the others keep their order', () => {
    expect(withCardOnTop([box, a, b, c, other], a.id)).toEqual([box, b, c, other, a]);
  });

  it('leaves the list as it is when nothing was moved, it is last, or it is gone', () => {
    const nodes = [box, a, b];
    expect(withCardOnTop(nodes, null)).toBe(nodes);
    expect(withCardOnTop(nodes, b.id)).toBe(nodes);
    expect(withCardOnTop(nodes, 'workload:shop/gone')).toBe(nodes);
  });

  it('leaves a box where it is: its cards are drawn over it anyway', () => {
    const nodes = [box, a, other];
    expect(withCardOnTop(nodes, box.id)).toBe(nodes);
  });
});
