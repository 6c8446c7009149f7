import { describe, expect, it } from 'vitest';
import type { DocEdit, FlowEnd } from '../engine';
import { createEditorStore } from './createEditorStore';
import { selectNeighbourhood } from './derived/neighbourhood';
import { openNeighbourhood, toggleNeighbourhood } from './neighbourhoodFocus';
import { FOCUS_OPEN_CARDS, neighbourSpreadOf } from './collapse/focusOpening';
import { generateCluster } from '../engine/__fixtures__/generate';
import { collapsedOnOpen } from './collapse/collapsedNamespaces';
import { selectVirtualEnds } from './derived/selectors';
import { OUTSIDE_GROUP_ID, isOutsideCardId } from './ids';

const workload = (name: string): DocEdit => ({
  type: 'addWorkload',
  workload: {
    namespace: 'prod',
    name,
    kind: 'Deployment',
    labels: { app: name },
    ports: [],
    ips: [],
  },
});
const end = (name: string): FlowEnd => ({ kind: 'workload', namespace: 'prod', name });
const API = 'workload:prod/api';

function webApiDb() {
  const store = createEditorStore();
  const { dispatch } = store.getState();
  dispatch({ type: 'addNamespace', name: 'prod' });
  for (const name of ['web', 'api', 'db', 'cache']) dispatch(workload(name));
  for (const [from, to] of [
    ['web', 'api'],
    ['api', 'db'],
  ] as const) {
    dispatch({
      type: 'allowFlow',
      flow: { from: end(from), to: end(to), ports: [{ protocol: 'TCP', port: 80 }] },
    });
  }
  return store;
}

describe('when the selected workload is focused', () => {
  it('holds its neighbours and counts its lines, and moves the camera to them', () => {
    const store = webApiDb();
    store.getState().select({ kind: 'node', id: API });
    toggleNeighbourhood(store.getState());
    const hood = selectNeighbourhood(store.getState());
    expect(hood?.id).toBe(API);
    // cache and web declare no port and nothing isolates their ingress: api may reach them on
    // any port (web is a neighbour already, by the line web → api).
    expect([...(hood?.nodes ?? [])].sort()).toEqual([
      'workload:prod/api',
      'workload:prod/cache',
      'workload:prod/db',
      'workload:prod/web',
    ]);
    expect([hood?.inbound, hood?.outbound]).toEqual([1, 3]);
    expect(store.getState().focusRequest?.ids).toHaveLength(4);
    // All of it in view, as far out as that takes: Find and Show keep cards readable instead.
    expect(store.getState().focusRequest?.whole).toBe(true);
  });

  it('tells the store once: every card and line watching it runs its selectors once', () => {
    const store = webApiDb();
    store.getState().select({ kind: 'node', id: API });
    let updates = 0;
    const stop = store.subscribe(() => {
      updates += 1;
    });
    toggleNeighbourhood(store.getState());
    stop();
    expect(updates).toBe(1);
    expect(store.getState().neighbourhood).toBe(API);
    expect(store.getState().focusRequest?.ids).toHaveLength(4);
  });

  it('is left by the same toggle', () => {
    const store = webApiDb();
    store.getState().select({ kind: 'node', id: API });
    toggleNeighbourhood(store.getState());
    toggleNeighbourhood(store.getState());
    expect(store.getState().neighbourhood).toBeNull();
  });

  it('is nothing once the workload is deleted', () => {
    const store = webApiDb();
    toggleNeighbourhood(store.getState(), API);
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'prod', name: 'api' });
    expect(selectNeighbourhood(store.getState())).toBeNull();
  });

  it('needs a workload: a selected namespace or nothing selected does nothing', () => {
    const store = webApiDb();
    toggleNeighbourhood(store.getState());
    store.getState().select({ kind: 'node', id: 'namespace:prod' });
    toggleNeighbourhood(store.getState());
    expect(store.getState().neighbourhood).toBeNull();
  });
});

describe('when a busy workload of a large collapsed design is focused', () => {
  // ns-7/app-7-api-87 of this held-out design has lines into every namespace.
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  const API87 = 'workload:ns-7/app-7-api-87';
  const all = doc.namespaces.map((n) => n.name);
  const open = () => createEditorStore({ doc, collapsed: all.filter((n) => n !== 'ns-7') });
  const cards = (names: readonly string[]) =>
    doc.workloads.filter((w) => names.includes(w.namespace)).length;

  it('opens the namespaces with most neighbours while their cards fit the budget', () => {
    const store = open();
    toggleNeighbourhood(store.getState(), API87);
    const { collapsed, neighbourhoodOpened } = store.getState();
    expect(neighbourhoodOpened.length).toBeGreaterThan(0);
    expect(cards(neighbourhoodOpened)).toBeLessThanOrEqual(FOCUS_OPEN_CARDS);
    const hood = selectNeighbourhood(store.getState());
    if (hood === null) throw new Error('no neighbourhood');
    const spread = neighbourSpreadOf(hood.id, hood.nodes, collapsed);
    // The rest stay collapsed, and are counted: every neighbour is shown or waits in a box.
    expect(spread.boxes.length).toBeGreaterThan(0);
    expect(spread.boxes.every((n) => !neighbourhoodOpened.includes(n))).toBe(true);
    // The camera frames what is drawn: nothing in a box left collapsed.
    const framed = store.getState().focusRequest?.ids ?? [];
    expect(framed).toContain(API87);
    expect(framed.some((id) => spread.boxes.some((n) => id.includes(`:${n}`)))).toBe(false);
  });

  it('opens the rest when asked, and leaving puts every namespace back as it was', () => {
    const store = open();
    const before = store.getState().collapsed;
    toggleNeighbourhood(store.getState(), API87);
    openNeighbourhood(store.getState());
    const hood = selectNeighbourhood(store.getState());
    if (hood === null) throw new Error('no neighbourhood');
    expect(neighbourSpreadOf(hood.id, hood.nodes, store.getState().collapsed).waiting).toBe(0);
    expect(store.getState().focusRequest?.ids).toHaveLength(hood.nodes.size);
    toggleNeighbourhood(store.getState(), API87);
    expect(store.getState().neighbourhood).toBeNull();
    expect(store.getState().collapsed).toEqual(before);
  });

  it('keeps open, on leaving, the namespace of a workload picked meanwhile', () => {
    const store = open();
    toggleNeighbourhood(store.getState(), API87);
    const [kept] = store.getState().neighbourhoodOpened;
    if (kept === undefined) throw new Error('none opened');
    const picked = doc.workloads.find((w) => w.namespace === kept);
    store.getState().select({ kind: 'node', id: `workload:${kept}/${picked?.name ?? ''}` });
    store.getState().focusNeighbourhood(null);
    expect(store.getState().collapsed).not.toContain(kept);
    expect(store.getState().collapsed).toHaveLength(all.length - 2);
  });
});

describe('when a workload whose neighbours wait in the group outside the cluster is focused', () => {
  // ns-7/app-5-api-63 of the held-out design reaches 0.0.0.0/0 except … and is reached from
  // 10.0.0.0/8 except 10.0.18.0/24; the design opens with that group collapsed too.
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  const API63 = 'workload:ns-7/app-5-api-63';
  const open = () => createEditorStore({ doc, collapsed: collapsedOnOpen(doc) });

  it('opens the group, so its IP blocks are drawn with their ranges, and frames them', () => {
    const store = open();
    toggleNeighbourhood(store.getState(), API63);
    const { collapsed, neighbourhoodOpened, focusRequest } = store.getState();
    expect(collapsed).not.toContain(OUTSIDE_GROUP_ID);
    expect(neighbourhoodOpened).toContain(OUTSIDE_GROUP_ID);
    expect(focusRequest?.ids.filter(isOutsideCardId).length).toBeGreaterThan(0);
  });

  it('collapses the group again on leaving, as it does the namespaces it opened', () => {
    const store = open();
    const before = store.getState().collapsed;
    toggleNeighbourhood(store.getState(), API63);
    toggleNeighbourhood(store.getState(), API63);
    expect(store.getState().collapsed).toEqual(before);
  });

  it('counts the group’s cards in what the focus may open', () => {
    const store = open();
    toggleNeighbourhood(store.getState(), API63);
    const opened = store.getState().neighbourhoodOpened.filter((n) => n !== OUTSIDE_GROUP_ID);
    const cards = doc.workloads.filter((w) => opened.includes(w.namespace)).length;
    const own = doc.workloads.filter((w) => w.namespace === 'ns-7').length;
    const outside = selectVirtualEnds(store.getState()).filter((e) => e.kind === 'ipBlock');
    expect(cards - own + outside.length).toBeLessThanOrEqual(FOCUS_OPEN_CARDS);
  });
});
