import { describe, expect, it } from 'vitest';
import { NAMESPACE_INSET } from './layoutGeometry';
import { workloadMove } from './workloadMove';

const boxes = [
  { name: 'prod', x: 0, y: 0, width: 600, height: 300 },
  { name: 'dev', x: 800, y: 0, width: 400, height: 300 },
];
const web = { namespace: 'prod', name: 'web' };

describe('when a workload is dropped inside another namespace box', () => {
  it('moves it there, placed where it was dropped', () => {
    const plan = workloadMove(web, { x: 900, y: 100 }, boxes);
    expect(plan.edit).toEqual({
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { namespace: 'dev' },
    });
    expect(plan.positions).toEqual({ 'workload:dev/web': { x: 100, y: 100 } });
  });
});

describe('when a workload is dropped in its own box or outside every box', () => {
  it('stays, kept inside its box', () => {
    expect(workloadMove(web, { x: 200, y: 100 }, boxes)).toEqual({
      edit: null,
      positions: { 'workload:prod/web': { x: 200, y: 100 } },
    });
    const outside = workloadMove(web, { x: -500, y: -500 }, boxes);
    expect(outside.edit).toBeNull();
    expect(outside.positions['workload:prod/web']).toEqual({
      x: NAMESPACE_INSET.side,
      y: NAMESPACE_INSET.top,
    });
  });
});
