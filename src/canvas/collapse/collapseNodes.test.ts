import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { NAMESPACE_COLLAPSED } from '../layoutGeometry';
import { toFlowNodes } from '../toFlowNodes';
import { collapseNodes } from './collapseNodes';

const doc = threeTierCluster([]);
const nodes = toFlowNodes({
  doc,
  positions: {},
  isolation: new Map(),
  highlighted: new Set(),
  selectedId: null,
});

describe('when a namespace is collapsed', () => {
  const inside = new Map([['prod', { connections: 2, blocked: 1, partial: 0 }]]);
  const collapsed = collapseNodes(nodes, doc, new Set(['prod']), inside);

  it('draws it as one small box, counting its workloads and the lines among them', () => {
    const box = collapsed.find((n) => n.id === 'namespace:prod');
    expect(box).toMatchObject({ width: NAMESPACE_COLLAPSED.width, measured: NAMESPACE_COLLAPSED });
    expect(box?.data).toMatchObject({
      name: 'prod',
      collapsed: { workloads: 3, policies: 0, inside: { connections: 2, blocked: 1 } },
    });
  });

  it('leaves its workloads out, and every other node in', () => {
    const ids = collapsed.map((n) => n.id);
    expect(ids.some((id) => id.startsWith('workload:prod/'))).toBe(false);
    const others = nodes.filter((n) => n.parentId !== 'namespace:prod').map((n) => n.id);
    expect(ids).toEqual(others);
  });
});

describe('when nothing is collapsed', () => {
  it('draws the nodes as they are', () => {
    expect(collapseNodes(nodes, doc, new Set(), new Map())).toBe(nodes);
  });
});
