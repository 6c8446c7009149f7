import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore } from '../createEditorStore';
import { collapsedOnOpen } from '../collapse/collapsedNamespaces';
import { FOCUS_OPEN_CARDS } from '../collapse/focusOpening';
import { findMatches } from './findMatches';
import { showFound } from './showFound';
import { clearFound, foundFramed, selectFoundHood, selectFoundInBox } from './foundLabel';
import { FIND_TEST_DOC } from './findTestDoc';

/** Picks Find's label match for `label`, as Enter in the Find dialog does. */
function pickLabel(store: ReturnType<typeof createEditorStore>, label: string) {
  const match = findMatches(store.getState().doc, label).find((m) => m.kind === 'label');
  if (match === undefined) throw new Error(`no label ${label}`);
  showFound(store.getState, match.target);
  return match;
}

const namespaceOf = (id: string) => id.slice('workload:'.length).split('/')[0] ?? '';

/** A store whose design has two workloads labelled app=frontend (web and db), found by it. */
function frontendFound() {
  const doc = {
    ...FIND_TEST_DOC,
    workloads: FIND_TEST_DOC.workloads.map((w) =>
      w.name === 'db' ? { ...w, labels: { app: 'frontend' } } : w,
    ),
  };
  const store = createEditorStore({ doc });
  pickLabel(store, 'app=frontend');
  return store;
}

describe('a label picked in Find', () => {
  it('marks the workloads carrying it, says so, and Escape clears both', () => {
    const store = frontendFound();
    const ids = ['workload:prod/web', 'workload:prod/db'];
    expect(store.getState().found?.ids).toEqual(ids);
    expect(store.getState().notice?.text).toBe(
      '2 workloads with app=frontend in 1 namespace — Esc to clear',
    );
    expect([...(selectFoundHood(store.getState())?.nodes ?? [])]).toEqual(ids);
    expect(store.getState().focusRequest).toMatchObject({ ids, found: true });
    clearFound(store.getState());
    expect(store.getState().found).toBeNull();
    expect(store.getState().notice).toBeNull();
    expect(selectFoundHood(store.getState())).toBeNull();
  });

  it('on the 200-workload design opens namespaces of matches within the budget', () => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
    const store = createEditorStore({ doc, collapsed: collapsedOnOpen(doc) });
    const { target } = pickLabel(store, 'tier=cache');
    if (target.kind !== 'nodes') throw new Error('not a label');
    const holding = new Set(target.ids.map(namespaceOf));
    const { collapsed, focusRequest, notice } = store.getState();
    const still = collapsed.filter((n) => holding.has(n));
    const cards = doc.workloads.filter((w) => !collapsed.includes(w.namespace)).length;
    expect(cards).toBeLessThanOrEqual(FOCUS_OPEN_CARDS);
    // Namespaces without a match stay collapsed.
    expect(collapsed.length).toBeGreaterThan(still.length);
    const waiting = target.ids.filter((id) => still.includes(namespaceOf(id)));
    // The camera frames the drawn matches and the boxes holding the others.
    expect([...(focusRequest?.ids ?? [])].sort()).toEqual(
      [
        ...target.ids.filter((id) => !still.includes(namespaceOf(id))),
        ...still.map((n) => `namespace:${n}`),
      ].sort(),
    );
    expect(notice?.text).toContain(
      `${String(target.ids.length)} workloads with tier=cache in ${String(holding.size)} namespaces`,
    );
    if (waiting.length > 0)
      expect(notice?.text).toContain(`${String(waiting.length)} of them wait`);
  });

  it('on the 1,000-workload design does not open every namespace', () => {
    const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 1 });
    const store = createEditorStore({ doc, collapsed: collapsedOnOpen(doc) });
    const { target } = pickLabel(store, 'tier=cache');
    if (target.kind !== 'nodes') throw new Error('not a label');
    const holding = new Set(target.ids.map(namespaceOf));
    const { collapsed, notice } = store.getState();
    const opened = doc.namespaces.filter((n) => !collapsed.includes(n.name));
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.length).toBeLessThan(holding.size);
    const cards = doc.workloads.filter((w) => !collapsed.includes(w.namespace)).length;
    expect(cards).toBeLessThanOrEqual(FOCUS_OPEN_CARDS);
    // Every box left holding matches is lit, through the focus's own rule.
    expect(notice?.text).toMatch(/of them wait in \d+ collapsed namespaces/);
  });

  it('has each collapsed box holding matches say how many, until Escape', () => {
    const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 1 });
    const store = createEditorStore({ doc, collapsed: collapsedOnOpen(doc) });
    const { target } = pickLabel(store, 'tier=cache');
    if (target.kind !== 'nodes') throw new Error('not a label');
    const { collapsed } = store.getState();
    const waiting = collapsed.filter((n) => target.ids.some((id) => namespaceOf(id) === n));
    expect(waiting.length).toBeGreaterThan(0);
    for (const name of waiting) {
      const count = target.ids.filter((id) => namespaceOf(id) === name).length;
      expect(selectFoundInBox(store.getState(), name)).toBe(`${String(count)} with tier=cache`);
    }
    const without = doc.namespaces.find(
      (n) => !target.ids.some((id) => namespaceOf(id) === n.name),
    );
    if (without !== undefined) expect(selectFoundInBox(store.getState(), without.name)).toBeNull();
    clearFound(store.getState());
    expect(selectFoundInBox(store.getState(), waiting[0] ?? '')).toBeNull();
  });

  it('has the boxes say nothing of it while a focus lights its own neighbourhood', () => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
    const store = createEditorStore({ doc, collapsed: collapsedOnOpen(doc) });
    const { target } = pickLabel(store, 'tier=cache');
    if (target.kind !== 'nodes') throw new Error('not a label');
    const first = target.ids[0] ?? '';
    expect(selectFoundInBox(store.getState(), namespaceOf(first))).not.toBeNull();
    store.getState().focusNeighbourhood(first);
    expect(selectFoundInBox(store.getState(), namespaceOf(first))).toBeNull();
  });
});

describe('the workloads a label found, framed in part', () => {
  it('are counted in the status line: how many of those drawn the view holds', () => {
    const store = frontendFound();
    foundFramed(store.getState, 1, 2);
    expect(store.getState().notice?.text).toBe(
      '2 workloads with app=frontend in 1 namespace; 1 of the 2 drawn in view (pan for the others) — Esc to clear',
    );
    // Still a note about the canvas: the Matrix leaves it out of its status line.
    expect(store.getState().notice?.ofCanvas).toBe(true);
    // Framed whole again: the count goes; Escape still clears the note.
    foundFramed(store.getState, 2, 2);
    expect(store.getState().notice?.text).toBe(
      '2 workloads with app=frontend in 1 namespace — Esc to clear',
    );
    clearFound(store.getState());
    expect(store.getState().notice).toBeNull();
  });
});
