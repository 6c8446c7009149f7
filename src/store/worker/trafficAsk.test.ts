import { describe, expect, it } from 'vitest';
import { createEvaluator, withInferred } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { trafficTable } from '../../workshop';
import { createEditorStore } from '../createEditorStore';
import { selectTrafficCurrent, selectTrafficShown } from '../derived/trafficSelectors';
import { trafficTableShown, trafficTableToSend } from '../derived/trafficShown';
import { startDerivation } from './deriveClient';
import type { OpenDerivePort } from './deriveClient';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';
import { trafficReplies } from './trafficParts';

type TrafficRequest = Extract<DeriveRequest, { type: 'traffic' }>;

/** A worker that records the Traffic tables asked for; the test answers by hand. */
function trafficWorker() {
  const asked: TrafficRequest[] = [];
  const fake = { asked, reply: (_reply: DeriveReply): void => undefined };
  const open: OpenDerivePort = (onReply) => {
    fake.reply = onReply;
    return {
      post: (request) => {
        if (request.type === 'traffic') asked.push(request);
      },
      stop: () => undefined,
    };
  };
  return { fake, open };
}

/** What the real worker answers for `request` about `doc` (`derive.worker.ts`), in parts of 50 rows. */
function answers(request: TrafficRequest, doc: Doc): DeriveReply[] {
  const view = withInferred(doc);
  const table = trafficTableToSend(view, createEvaluator().compile(view));
  return trafficReplies(request.seq, table, 50);
}

const large = generateCluster({ pods: 80, policies: 30, namespaces: 4, seed: 9 });
const small = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });

/** Deletes the design's first policy, as the user does. */
function deleteFirstPolicy(store: ReturnType<typeof createEditorStore>): Doc {
  const policy = store.getState().doc.policies[0];
  if (policy === undefined) throw new Error('the design has policies');
  const { namespace, name } = policy.metadata;
  store.getState().dispatch({ type: 'removePolicy', ref: { namespace, name } });
  return store.getState().doc;
}

/** The rows and notes on show, without the document they are of. */
function shownOf(store: ReturnType<typeof createEditorStore>) {
  const shown = selectTrafficShown(store.getState());
  return shown === null ? null : { rows: shown.rows, notes: shown.notes };
}

function derivedBy(doc: Doc) {
  const store = createEditorStore({ doc });
  const { fake, open } = trafficWorker();
  startDerivation(store, open);
  return { store, fake };
}

describe('what the worker answers for the Traffic table', () => {
  it('is the table of the page, each row without its other ends', () => {
    const view = withInferred(large);
    const sent = trafficTableToSend(view, createEvaluator().compile(view));
    const onPage = trafficTable(view);
    expect(onPage.rows.length).toBeGreaterThan(60);
    expect(sent).toEqual(trafficTableShown(onPage));
    expect(sent.rows.every((row) => !('peers' in row) && !('peerNodes' in row))).toBe(true);
    expect(structuredClone(sent)).toEqual(sent);
  });
});

describe('the Traffic table of a large design, derived in a worker', () => {
  it('is asked for only once its tab is open, and is being worked out until the answer', () => {
    const { store, fake } = derivedBy(large);
    expect(fake.asked).toEqual([]);
    store.getState().openPanel('traffic');
    const [request] = fake.asked;
    if (request === undefined) throw new Error('the table was asked for');
    expect(selectTrafficShown(store.getState())).toBeNull();
    answers(request, large).forEach(fake.reply);
    expect(shownOf(store)).toEqual(trafficTableShown(trafficTable(large)));
    expect(selectTrafficCurrent(store.getState())).toBe(true);
  });

  it('keeps the table before an edit on show, as updating, and drops its stale answer', () => {
    const { store, fake } = derivedBy(large);
    store.getState().openPanel('traffic');
    const [first] = fake.asked;
    if (first === undefined) throw new Error('the table was asked for');
    answers(first, large).forEach(fake.reply);
    const before = selectTrafficShown(store.getState());
    const edited = deleteFirstPolicy(store);
    const [, fresh] = fake.asked;
    if (fresh === undefined) throw new Error('asked again for the edited design');
    answers(first, large).forEach(fake.reply);
    expect(selectTrafficShown(store.getState())).toBe(before);
    expect(selectTrafficCurrent(store.getState())).toBe(false);
    answers(fresh, edited).forEach(fake.reply);
    expect(selectTrafficCurrent(store.getState())).toBe(true);
    expect(shownOf(store)).toEqual(trafficTableShown(trafficTable(edited)));
  });

  it('comes in parts, and parts that do not add up make the page work it out and say so', () => {
    const { store, fake } = derivedBy(large);
    store.getState().openPanel('traffic');
    const [request] = fake.asked;
    if (request === undefined) throw new Error('the table was asked for');
    const replies = answers(request, large);
    expect(replies.length).toBeGreaterThan(2);
    replies.slice(1).forEach(fake.reply);
    expect(store.getState().derived).toBeNull();
    expect(store.getState().notice?.text).toMatch(/background worker/);
    expect(selectTrafficShown(store.getState())).toEqual(trafficTable(large));
  });

  it('is not asked for while its tab is closed', () => {
    const { store, fake } = derivedBy(large);
    store.getState().openPanel('traffic');
    store.getState().openPanel('findings');
    deleteFirstPolicy(store);
    expect(fake.asked).toHaveLength(1);
  });
});

describe('the Traffic table of a small design (a lesson)', () => {
  it('is worked out on the page at once, never asked of the worker', () => {
    const { store, fake } = derivedBy(small);
    store.getState().openPanel('traffic');
    expect(fake.asked).toEqual([]);
    expect(selectTrafficShown(store.getState())).toEqual(trafficTable(small));
    expect(selectTrafficCurrent(store.getState())).toBe(true);
  });
});
