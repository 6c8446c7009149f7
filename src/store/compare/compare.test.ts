import { describe, expect, it } from 'vitest';
import { compilePolicies, connectivityDiff, withInferred } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import type { DeriveReply, DeriveRequest } from '../worker/deriveProtocol';
import type { OpenDerivePort } from '../worker/deriveClient';
import { startDerivation } from '../worker/deriveClient';
import { selectChangedSinceSaved, selectComparedLines, selectComparison } from './compareSelectors';
import { comparisonOf } from './comparison';

function threeTier(): Doc {
  const doc = THREE_TIER_SCENARIOS.find(({ name }) => name.endsWith('/db-policy'))?.doc;
  if (doc === undefined) throw new Error('the db-policy scenario is gone');
  return doc;
}

const withoutPolicies = (doc: Doc): Doc => ({ ...doc, policies: [] });
const evaluated = (doc: Doc) => {
  const view = withInferred(doc);
  return { doc: view, index: compilePolicies(view) };
};

describe('when the design is compared with another', () => {
  it('gives the diff netpol-canvas diff gives, BEFORE the other design, AFTER this one', () => {
    const before = threeTier();
    const after = withoutPolicies(before);
    const { diff, workloads } = comparisonOf(before, evaluated(after), true);
    expect(diff).toEqual(connectivityDiff(evaluated(before), evaluated(after)));
    expect(diff.newlyAllowed).toBe(14);
    expect(workloads).toBe(before.workloads.length);
  });

  it('crosses from the worker unchanged (structured cloning)', () => {
    const before = threeTier();
    const result = comparisonOf(before, evaluated(withoutPolicies(before)), true);
    expect(structuredClone(result)).toEqual(result);
  });

  it('changes nothing where the network plugin enforces no policy', () => {
    const before = threeTier();
    const { diff } = comparisonOf(before, evaluated(withoutPolicies(before)), false);
    expect(diff.pairs).toEqual([]);
  });

  it('is view state: opening and closing it is no edit and no undo step', () => {
    const store = createEditorStore({ doc: withoutPolicies(threeTier()) });
    store.getState().compareWith({ name: 'db-policy.yaml', doc: threeTier() });
    expect(store.getState().panel).toBe('compare');
    expect(store.getState().past).toEqual([]);
    const view = selectComparison(store.getState());
    expect(view?.current).toBe(true);
    expect(view?.result?.diff.newlyAllowed).toBe(14);
    expect(selectComparedLines(store.getState()).map((l) => l.id)[0]).toBe(
      'workload:prod/web>workload:prod/db',
    );
    store.getState().closeComparison();
    expect(selectComparison(store.getState())).toBeNull();
    expect(selectComparedLines(store.getState())).toEqual([]);
    expect(store.getState().panel).toBe('inspector');
    expect(store.getState().past).toEqual([]);
  });

  it('follows the edits of the current design', () => {
    const store = createEditorStore({ doc: threeTier() });
    store.getState().compareWith({ name: 'the last saved design', doc: threeTier() });
    expect(selectComparison(store.getState())?.result?.diff.pairs).toEqual([]);
    store.getState().replaceDoc(withoutPolicies(threeTier()));
    expect(selectComparison(store.getState())?.result?.diff.newlyAllowed).toBe(14);
  });
});

describe('the last saved design', () => {
  it('is the design the page opened with, until one is saved or opened', () => {
    const opened = threeTier();
    const store = createEditorStore({ doc: opened });
    expect(store.getState().savedCopy).toMatchObject({ doc: opened, how: 'loaded' });
    store.getState().replaceDoc(withoutPolicies(opened));
    expect(store.getState().savedCopy?.doc).toBe(opened);
    store.getState().keepSavedCopy('saved');
    expect(store.getState().savedCopy).toMatchObject({
      doc: store.getState().doc,
      how: 'saved',
    });
  });

  it('tells an edit made since a file was saved or opened, and none undone back to it', () => {
    const store = createEditorStore({ doc: threeTier() });
    const state = () => store.getState();
    state().dispatch({ type: 'setTitle', title: 'Shop' });
    // The page's first design: no file is known to hold it.
    expect(selectChangedSinceSaved(state())).toBe(false);
    state().keepSavedCopy('opened');
    expect(selectChangedSinceSaved(state())).toBe(false);
    state().dispatch({ type: 'setTitle', title: 'Shop, edited' });
    expect(selectChangedSinceSaved(state())).toBe(true);
    state().undo();
    expect(selectChangedSinceSaved(state())).toBe(false);
    state().redo();
    state().keepSavedCopy('saved');
    expect(selectChangedSinceSaved(state())).toBe(false);
  });
});

describe('when the diff is worked out in the worker', () => {
  function withWorker(doc: Doc) {
    const store = createEditorStore({ doc });
    const compares: Extract<DeriveRequest, { type: 'compare' }>[] = [];
    let reply: (r: DeriveReply) => void = () => undefined;
    const open: OpenDerivePort = (onReply) => {
      reply = onReply;
      return {
        post: (request) => {
          if (request.type === 'compare') compares.push(request);
        },
        stop: () => undefined,
      };
    };
    startDerivation(store, open);
    /** Answers the latest request as the worker does. */
    const answer = () => {
      const asked = compares.at(-1);
      if (asked === undefined) throw new Error('nothing asked');
      const after = evaluated(store.getState().doc);
      const result = comparisonOf(asked.against, after, asked.enforced);
      reply({ type: 'comparison', seq: asked.seq, token: asked.token, result });
    };
    return { store, compares, answer };
  }

  it('asks when it opens, shows it once answered, and asks again after an edit', () => {
    const { store, compares, answer } = withWorker(threeTier());
    store.getState().compareWith({ name: 'before.yaml', doc: threeTier() });
    expect(compares).toHaveLength(1);
    expect(selectComparison(store.getState())).toEqual({ result: null, current: false });
    answer();
    expect(selectComparison(store.getState())?.current).toBe(true);

    store.getState().replaceDoc(withoutPolicies(threeTier()));
    expect(compares).toHaveLength(2);
    // The previous diff stays on show, marked as not the current design's, until the new one.
    const waiting = selectComparison(store.getState());
    expect(waiting?.current).toBe(false);
    expect(waiting?.result?.diff.pairs).toEqual([]);
    answer();
    expect(selectComparison(store.getState())?.result?.diff.newlyAllowed).toBe(14);
  });

  it('asks again when the network plugin changes, and drops the answer of a closed one', () => {
    const { store, compares, answer } = withWorker(withoutPolicies(threeTier()));
    store.getState().compareWith({ name: 'before.yaml', doc: threeTier() });
    store.getState().setNetworkPlugin('flannel');
    expect(compares.map((c) => c.enforced)).toEqual([true, false]);
    expect(compares[1]?.token).not.toBe(compares[0]?.token);
    store.getState().closeComparison();
    answer();
    expect(store.getState().derived?.comparison).toBeNull();
  });
});
