import { describe, expect, it } from 'vitest';
import { netpol } from '../engine/__fixtures__/clusters/objects';
import { threeTierCluster } from '../engine/__fixtures__/clusters/threeTier';
import { podKeyOf } from '../model';
import type { PodKey } from '../model';
import type { FlowEnd } from '../engine';
import type { Isolation } from '../store';
import { OUTSIDE_GROUP_ID, nodeIdOfEnd } from '../store';
import { elkGraphOf } from './layout/elkGraph';
import type { NodesInput } from './toFlowNodes';
import type { NamespaceFlowNode, WorkloadFlowNode } from './reactFlowTypes';
import { NAMESPACE_MIN, NAMESPACE_NOTE_MIN, WORKLOAD_SIZE } from './layoutGeometry';
import { markSelected, toFlowNodes } from './toFlowNodes';
import { withOutsideFrame } from './outsideGroup';
import { withOutsideCollapsed } from './outsideCollapsed';
import { rectsOverlap } from './routing/rectGeometry';

const doc = threeTierCluster([]);
const base: NodesInput = {
  doc,
  positions: {},
  isolation: new Map(),
  highlighted: new Set(),
  selectedId: null,
};

function byId(nodes: ReturnType<typeof toFlowNodes>, id: string) {
  const node = nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

describe('when the three-tier document is drawn', () => {
  const nodes = toFlowNodes(base);

  it('draws each namespace as a group holding its workloads, parents first', () => {
    const web = byId(nodes, 'workload:prod/web');
    expect(web.parentId).toBe('namespace:prod');
    const parentAt = nodes.findIndex((n) => n.id === 'namespace:prod');
    expect(parentAt).toBeLessThan(nodes.indexOf(web));
    expect(nodes.filter((n) => n.parentId === 'namespace:prod').map((n) => n.id)).toEqual([
      'workload:prod/web',
      'workload:prod/api',
      'workload:prod/db',
    ]);
  });

  it('draws the backup server as an external endpoint with its CIDR', () => {
    const backup = byId(nodes, 'external:backup server');
    expect(backup.type).toBe('external');
    expect(backup.data).toEqual({ name: 'backup server', cidr: '192.168.5.10/32' });
  });

  it('places workloads without a position left to right, the middle one lower', () => {
    const [web, api, db] = ['workload:prod/web', 'workload:prod/api', 'workload:prod/db'].map(
      (id) => byId(nodes, id),
    );
    expect(api!.position.x).toBeGreaterThanOrEqual(web!.position.x + WORKLOAD_SIZE.width);
    expect(db!.position.x).toBeGreaterThanOrEqual(api!.position.x + WORKLOAD_SIZE.width);
    expect(db!.position.y).toBe(web!.position.y);
    // a line from web to db (mid-height) passes above api
    expect(api!.position.y).toBeGreaterThan(web!.position.y + WORKLOAD_SIZE.height / 2);
  });

  it('places namespaces without a position so that their boxes do not overlap', () => {
    const boxes = nodes.filter((n) => n.parentId === undefined);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          a.position.x + (a.width ?? 0) <= b.position.x ||
          b.position.x + (b.width ?? 0) <= a.position.x ||
          a.position.y + (a.height ?? 0) <= b.position.y ||
          b.position.y + (b.height ?? 0) <= a.position.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('summarises labels and ports on each workload', () => {
    const web = byId(nodes, 'workload:prod/web') as WorkloadFlowNode;
    expect(web.data.labels).toEqual(['role=web', 'name=web-pod']);
    expect(web.data.ports).toEqual(['TCP 80 (http)']);
  });

  it('gives a workload its replica count only when the document knows it', () => {
    const workloads = doc.workloads.map((w) => (w.name === 'web' ? { ...w, replicas: 3 } : w));
    const drawn = toFlowNodes({ ...base, doc: { ...doc, workloads } });
    expect((byId(drawn, 'workload:prod/web') as WorkloadFlowNode).data.replicas).toBe(3);
    expect((byId(drawn, 'workload:prod/api') as WorkloadFlowNode).data).not.toHaveProperty(
      'replicas',
    );
  });

  it('leaves the metadata.name label out of a namespace box', () => {
    expect(byId(nodes, 'namespace:prod').data).toEqual({ name: 'prod', labels: ['name=prod'] });
  });
});

describe('when positions are stored', () => {
  it('uses them, and grows the namespace box to hold a workload moved far inside it', () => {
    const positions = {
      'namespace:prod': { x: 500, y: 40 },
      'workload:prod/db': { x: 900, y: 400 },
    };
    const nodes = toFlowNodes({ ...base, positions });
    expect(byId(nodes, 'namespace:prod').position).toEqual({ x: 500, y: 40 });
    expect(byId(nodes, 'workload:prod/db').position).toEqual({ x: 900, y: 400 });
    const box = byId(nodes, 'namespace:prod');
    expect(box.width).toBeGreaterThanOrEqual(900 + WORKLOAD_SIZE.width);
    expect(box.height).toBeGreaterThanOrEqual(400 + WORKLOAD_SIZE.height);
  });

  it('keeps an empty namespace box at its minimum size', () => {
    const nodes = toFlowNodes({ ...base, doc: { ...doc, workloads: [] } });
    expect(byId(nodes, 'namespace:dev').width).toBe(NAMESPACE_MIN.width);
  });
});

describe('when a namespace has policies but no workloads (a dump of policies only)', () => {
  const policies = [
    netpol('dev', 'deny-all', { podSelector: {}, policyTypes: ['Ingress'] }),
    netpol('dev', 'allow-web', { podSelector: { matchLabels: { app: 'web' } } }),
    netpol('prod', 'deny-all', { podSelector: {}, policyTypes: ['Ingress'] }),
  ];
  const nodes = toFlowNodes({
    ...base,
    doc: { ...doc, policies, workloads: doc.workloads.filter((w) => w.namespace !== 'dev') },
  });

  it("notes in its box that its own policies' pods are missing, and how to import them", () => {
    const dev = byId(nodes, 'namespace:dev') as NamespaceFlowNode;
    expect(dev.data.empty?.text).toContain('2 policies here select pods');
    expect(dev.data.empty?.command).toBe('kubectl get pods -n dev -o yaml');
  });

  it('gives that box room for the note', () => {
    const dev = byId(nodes, 'namespace:dev');
    expect(dev.width).toBe(NAMESPACE_NOTE_MIN.width);
    expect(dev.height).toBe(NAMESPACE_NOTE_MIN.height);
  });

  it('adds no note to a namespace with workloads', () => {
    expect(byId(nodes, 'namespace:prod').data).not.toHaveProperty('empty');
  });

  it('asks only for a workload in an empty namespace without policies, at the usual size', () => {
    const bare = toFlowNodes({ ...base, doc: { ...doc, workloads: [] } });
    const test = byId(bare, 'namespace:test') as NamespaceFlowNode;
    expect(test.data.empty).toEqual({ text: 'No workloads yet: drag one in.', command: null });
    expect(test.width).toBe(NAMESPACE_MIN.width);
  });
});

describe('when the engine reports isolation and a policy is picked', () => {
  it('puts the isolation badges and the highlight on the workload', () => {
    const isolation = new Map<PodKey, Isolation>([
      [podKeyOf('prod', 'db'), { ingress: true, egress: false }],
    ]);
    const nodes = toFlowNodes({
      ...base,
      isolation,
      highlighted: new Set([podKeyOf('prod', 'db')]),
      selectedId: 'workload:prod/db',
    });
    const db = byId(nodes, 'workload:prod/db') as WorkloadFlowNode;
    expect(db.data).toMatchObject({
      ingressIsolated: true,
      egressIsolated: false,
      highlighted: true,
    });
    expect(db.selected).toBe(true);
    expect((byId(nodes, 'workload:prod/web') as WorkloadFlowNode).data.highlighted).toBe(false);
  });
});

describe("when the picked policy's rules name peers", () => {
  it('marks those nodes as peers, whatever their kind, and no other', () => {
    const nodes = toFlowNodes({
      ...base,
      peers: new Set(['workload:prod/api', 'namespace:dev', 'external:backup server']),
    });
    expect(byId(nodes, 'workload:prod/api').data).toMatchObject({ peer: true });
    expect(byId(nodes, 'namespace:dev').data).toMatchObject({ peer: true });
    expect(byId(nodes, 'external:backup server').data).toMatchObject({ peer: true });
    expect(byId(nodes, 'workload:prod/web').data).not.toHaveProperty('peer');
  });
});

describe('when rules name IP blocks of one range with different exceptions', () => {
  const ends: FlowEnd[] = [
    { kind: 'ipBlock', cidr: '10.0.0.0/8' },
    { kind: 'ipBlock', cidr: '10.0.0.0/8', except: ['10.0.1.0/24'] },
    { kind: 'ipBlock', cidr: '10.0.0.0/8', except: ['10.0.2.0/24'] },
    { kind: 'ipBlock', cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12'] },
  ];
  const nodes = toFlowNodes({ ...base, virtualEnds: ends });
  const shown = nodes.filter((n) => n.type === 'virtual').map((n) => ({ ...n.data }));

  it('names each apart by its exception, listing several under the name', () => {
    expect(shown).toEqual([
      { title: '10.0.0.0/8', range: '10.0.0.0/8', detail: 'IP block' },
      {
        title: '10.0.0.0/8 except 10.0.1.0/24',
        range: '10.0.0.0/8',
        except: 'except 10.0.1.0/24',
        detail: 'IP block',
      },
      {
        title: '10.0.0.0/8 except 10.0.2.0/24',
        range: '10.0.0.0/8',
        except: 'except 10.0.2.0/24',
        detail: 'IP block',
      },
      {
        title: '0.0.0.0/0 except 2 ranges',
        range: '0.0.0.0/0',
        except: 'except 2 ranges',
        detail: 'IP block except 10.0.0.0/8, 172.16.0.0/12',
      },
    ]);
  });

  it('draws a card wide enough for its name, tall enough for its exceptions, laid out so', () => {
    const sizes = [
      { width: 220, height: 76 },
      { width: 317, height: 76 },
      { width: 317, height: 76 },
      { width: 268, height: 91 },
    ];
    const virtuals = nodes.filter((n) => n.type === 'virtual');
    expect(virtuals.map((n) => ({ width: n.width, height: n.height }))).toEqual(sizes);
    const graph = elkGraphOf({ doc, groups: [], virtualEnds: ends });
    const ids = new Set<string>(ends.map(nodeIdOfEnd));
    const top = (graph.children ?? []).flatMap((c) => [c, ...(c.children ?? [])]);
    const laid = top.filter((c) => ids.has(c.id));
    expect(laid.map((c) => ({ width: c.width, height: c.height }))).toEqual(sizes);
  });
});

describe('when a namespace is collapsed', () => {
  const open = toFlowNodes(base);
  const closed = toFlowNodes({ ...base, collapsed: new Set(['prod']) });

  it('builds no node for its workloads', () => {
    expect(closed.filter((n) => n.parentId === 'namespace:prod')).toEqual([]);
    expect(closed.filter((n) => n.type === 'workload')).toEqual(
      open.filter((n) => n.type === 'workload' && n.parentId !== 'namespace:prod'),
    );
  });

  it('keeps its placed box, and every other placed node, as they are when it is open', () => {
    const positions = Object.fromEntries(
      open.filter((n) => n.parentId === undefined).map((n) => [n.id, n.position]),
    );
    const openPlaced = toFlowNodes({ ...base, positions });
    const closedPlaced = toFlowNodes({ ...base, positions, collapsed: new Set(['prod']) });
    expect(byId(closedPlaced, 'namespace:prod')).toEqual(byId(openPlaced, 'namespace:prod'));
    expect(closedPlaced).toEqual(openPlaced.filter((n) => n.parentId !== 'namespace:prod'));
  });

  it("carries the picked policy's marks of the workloads it hides", () => {
    const marked = (collapsed: ReadonlySet<string>) =>
      toFlowNodes({
        ...base,
        collapsed,
        highlighted: new Set([podKeyOf('prod', 'db')]),
        peers: new Set(['workload:prod/api']),
      });
    const box = (nodes: ReturnType<typeof toFlowNodes>, id: string) =>
      (byId(nodes, id) as NamespaceFlowNode).data;
    expect(box(marked(new Set(['prod', 'dev'])), 'namespace:prod')).toMatchObject({
      highlighted: true,
      peer: true,
    });
    expect(box(marked(new Set(['prod', 'dev'])), 'namespace:dev').highlighted).toBeUndefined();
    // Open, the cards carry the marks themselves.
    expect(box(marked(new Set()), 'namespace:prod').highlighted).toBeUndefined();
    expect(box(marked(new Set()), 'namespace:prod').peer).toBeUndefined();
  });

  it('places an unplaced box at the size it is drawn collapsed, so the rows pack tighter', () => {
    const right = (nodes: ReturnType<typeof toFlowNodes>) =>
      Math.max(...nodes.filter((n) => n.parentId === undefined).map((n) => n.position.x));
    const bottom = (nodes: ReturnType<typeof toFlowNodes>) =>
      Math.max(...nodes.filter((n) => n.parentId === undefined).map((n) => n.position.y));
    expect(right(closed) + bottom(closed)).toBeLessThan(right(open) + bottom(open));
  });
});

describe('when a node is picked on the nodes already drawn', () => {
  const nodes = toFlowNodes(base);
  const marked = markSelected(nodes, 'workload:prod/db');

  it('marks that node selected, as the adapter does', () => {
    expect(marked).toEqual(toFlowNodes({ ...base, selectedId: 'workload:prod/db' }));
  });

  it('keeps every other node the same object', () => {
    marked.forEach((n, i) => {
      if (n.id === 'workload:prod/db') expect(n).not.toBe(nodes[i]);
      else expect(n).toBe(nodes[i]);
    });
  });
});

describe('ends of broad rules that no layout placed (one failed)', () => {
  const ends: FlowEnd[] = [
    { kind: 'any' },
    { kind: 'ipBlock', cidr: '10.0.0.0/8' },
    { kind: 'ipBlock', cidr: '172.16.0.0/12' },
    { kind: 'ipBlock', cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12'] },
  ];
  const nodes = toFlowNodes({ ...base, virtualEnds: ends });
  const boxOf = (n: { position: { x: number; y: number }; width?: number; height?: number }) => ({
    ...n.position,
    width: n.width ?? 0,
    height: n.height ?? 0,
  });
  const anywhere = boxOf(byId(nodes, 'any:*'));
  const others = nodes.filter((n) => n.parentId === undefined && n.type !== 'virtual');

  it('keep their places when Anywhere has one stored where it was drawn', () => {
    const kept = toFlowNodes({
      ...base,
      virtualEnds: ends,
      positions: { 'any:*': byId(nodes, 'any:*').position },
    });
    expect(kept.map((n) => n.position)).toEqual(nodes.map((n) => n.position));
  });

  for (const [what, drawn] of [
    ['the group outside the cluster, open', withOutsideFrame(nodes)],
    ['the group outside the cluster, collapsed', withOutsideCollapsed(nodes)],
  ] as const) {
    it(`draw ${what} clear of Anywhere and of the namespace boxes`, () => {
      const group = drawn.find((n) => n.id === OUTSIDE_GROUP_ID);
      if (group === undefined) throw new Error('no group drawn');
      expect(rectsOverlap(boxOf(group), anywhere)).toBe(false);
      for (const box of others) expect(rectsOverlap(boxOf(group), boxOf(box)), box.id).toBe(false);
    });
  }
});
