import { describe, expect, it } from 'vitest';
import { applyEdit } from '../engine';
import { EMPTY_DOC } from '../model';
import { freeName, paletteDrop } from './paletteDrop';

const prodBox = { name: 'prod', x: 100, y: 100, width: 600, height: 300 };

describe('when a namespace is dropped', () => {
  it('gets a free name and sits where it was dropped', () => {
    const plan = paletteDrop(EMPTY_DOC, 'namespace', { x: 40, y: 60 }, []);
    expect(plan.edit).toEqual({ type: 'addNamespace', name: 'namespace-1' });
    expect(plan.positions).toEqual({ 'namespace:namespace-1': { x: 40, y: 60 } });
  });
});

describe('when a workload is dropped', () => {
  const doc = applyEdit(EMPTY_DOC, { type: 'addNamespace', name: 'prod' });

  it('joins the namespace box it is dropped in, at the drop point', () => {
    const plan = paletteDrop(doc, 'workload', { x: 400, y: 250 }, [prodBox]);
    const next = applyEdit(doc, plan.edit);
    expect(next.workloads).toEqual([
      {
        namespace: 'prod',
        name: 'workload-1',
        kind: 'Deployment',
        labels: { app: 'workload-1' },
        ports: [],
        ips: [],
      },
    ]);
    expect(plan.id).toBe('workload:prod/workload-1');
    expect(plan.positions[plan.id]).toEqual({ x: 182, y: 94 });
  });

  it('goes to the first namespace, placed automatically, when dropped outside every box', () => {
    const plan = paletteDrop(doc, 'workload', { x: 900, y: 900 }, [prodBox]);
    expect(plan.id).toBe('workload:prod/workload-1');
    expect(plan.positions).toEqual({});
  });

  it('goes to namespace default in an empty design', () => {
    const plan = paletteDrop(EMPTY_DOC, 'workload', null, []);
    expect(applyEdit(EMPTY_DOC, plan.edit).namespaces.map((n) => n.name)).toEqual(['default']);
  });
});

describe('when an external endpoint is dropped', () => {
  it('gets a documentation address to replace', () => {
    const plan = paletteDrop(EMPTY_DOC, 'external', null, []);
    expect(plan.edit).toEqual({
      type: 'addExternal',
      external: { name: 'external-1', cidr: '192.0.2.10/32' },
    });
  });
});

describe('free names', () => {
  it('skip the names taken', () => {
    expect(freeName('workload', new Set(['workload-1', 'workload-2']))).toBe('workload-3');
  });
});

describe('when something is dropped on a node already there', () => {
  const doc = applyEdit(EMPTY_DOC, { type: 'addNamespace', name: 'prod' });
  const card = { x: 182, y: 94, width: 236, height: 112 };

  it('a workload moves to a free spot in the same box, near the drop point', () => {
    const taken = { workloads: new Map([['prod', [card]]]), top: [] };
    const plan = paletteDrop(doc, 'workload', { x: 400, y: 250 }, [prodBox], undefined, taken);
    const p = plan.positions[plan.id];
    expect(p).toBeDefined();
    if (p === undefined) return;
    const apart =
      p.x >= card.x + card.width || p.x + card.width <= card.x || p.y >= card.y + card.height;
    expect(apart || p.y + card.height <= card.y).toBe(true);
    expect(p.x).toBeGreaterThanOrEqual(24);
    expect(p.y).toBeGreaterThanOrEqual(56);
    expect(Math.hypot(p.x - card.x, p.y - card.y)).toBeLessThan(400);
  });

  it('a namespace moves off the box it was dropped on', () => {
    const taken = { workloads: new Map(), top: [prodBox] };
    const plan = paletteDrop(doc, 'namespace', { x: 200, y: 200 }, [prodBox], undefined, taken);
    const p = plan.positions[plan.id];
    expect(p).toBeDefined();
    if (p === undefined) return;
    const outside = p.x >= 700 || p.y >= 400 || p.x + 260 <= 100 || p.y + 180 <= 100;
    expect(outside).toBe(true);
  });
});

describe('when something is dropped in the group outside the cluster', () => {
  /** The group's frame, around one IP block's card (`outsideGroup.ts`). */
  const frame = { x: 0, y: 400, width: 400, height: 200 };
  const block = { x: 16, y: 520, width: 210, height: 50 };
  const taken = { workloads: new Map(), top: [block], outside: frame };

  it('an external endpoint joins its cards where it was dropped, clear of them', () => {
    const plan = paletteDrop(EMPTY_DOC, 'external', { x: 20, y: 408 }, [], undefined, taken);
    expect(plan.positions[plan.id]).toEqual({ x: 20, y: 408 });
  });

  it('a namespace keeps off it', () => {
    const plan = paletteDrop(EMPTY_DOC, 'namespace', { x: 20, y: 408 }, [], undefined, taken);
    const p = plan.positions[plan.id];
    expect(p).toBeDefined();
    if (p === undefined) return;
    expect(p.y >= frame.y + frame.height || p.y + 180 <= frame.y || p.x >= frame.width).toBe(true);
  });
});
