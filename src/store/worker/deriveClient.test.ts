import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import {
  deriveLines,
  derivePaths,
  deriveTables,
  lineSamplesOf,
  linesForPage,
  linesSummarised,
  linesWithoutSamples,
} from '../derived/derive';
import { collapseLines, collapsedLinesOf } from '../collapse/collapseLines';
import { collapsedOnOpen } from '../collapse/collapsedNamespaces';
import { selectLineSamples } from '../derived/lineSamples';
import { deriveDeletionPreview } from '../derived/deletionPreview';
import { selectDeletionPreview } from '../derived/deletionPreviewSelectors';
import { pathsOfNode, selectFocusPaths, selectPathGroups } from '../derived/pathSelectors';
import { selectFindings } from '../derived/findingsSelectors';
import {
  selectFlowGroups,
  selectFlowGroupsNow,
  selectLinesCurrent,
  selectVirtualEnds,
} from '../derived/selectors';
import { virtualEndsOf } from '../derived/virtualEnds';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';
import type { ObservedTraffic } from '../editorState';
import { proposalChangesOf, proposalResultOf } from '../derived/proposalReview';
import { selectProposalReview } from '../derived/proposalSelectors';
import { startDerivation } from './deriveClient';
import { linesReplies } from './lineParts';
import { docReplies, linesSent } from './docReplies';
import { tablesReplies } from './tableParts';
import type { OpenDerivePort } from './deriveClient';
import { TABLES_AT_LATEST_MS } from './deriveClient';
import { NOTHING_DERIVED } from '../editorState';
import { docReceiver } from '../docSent';

/** A worker the test answers by hand: what was posted, and its two callbacks. */
/** A document posted, as the worker takes it in (`docSent.ts`). */
type DocRequest = Omit<Extract<DeriveRequest, { type: 'doc' }>, 'doc'> & { readonly doc: Doc };
type ProposeRequest = Extract<DeriveRequest, { type: 'propose' }>;

function fakeWorker() {
  const posted: DocRequest[] = [];
  const asked: Extract<DeriveRequest, { type: 'paths' }>[] = [];
  const opened: Extract<DeriveRequest, { type: 'samples' }>[] = [];
  const compares: Extract<DeriveRequest, { type: 'compare' }>[] = [];
  const proposals: ProposeRequest[] = [];
  const previews: Extract<DeriveRequest, { type: 'preview' }>[] = [];
  const tables: Extract<DeriveRequest, { type: 'tables' }>[] = [];
  const fake = {
    tables,
    posted,
    asked,
    opened,
    compares,
    proposals,
    previews,
    stopped: false,
    reply: (_reply: DeriveReply): void => undefined,
    failure: (_reason: string): void => undefined,
  };
  const receive = docReceiver();
  const open: OpenDerivePort = (onReply, onFailure) => {
    fake.reply = onReply;
    fake.failure = onFailure;
    return {
      post: (request) => {
        if (request.type === 'doc') posted.push({ ...request, doc: receive(request.doc) });
        else if (request.type === 'paths') asked.push(request);
        else if (request.type === 'compare') compares.push(request);
        else if (request.type === 'samples') opened.push(request);
        else if (request.type === 'preview') previews.push(request);
        else if (request.type === 'tables') tables.push(request);
        else if (request.type === 'propose') proposals.push(request);
      },
      stop: () => {
        fake.stopped = true;
      },
    };
  };
  return { fake, open };
}

/**
 * What the real worker answers for `request`: the lines (without their samples,
 * summarised for the collapsed namespaces sent), then the tables (in parts of
 * `rowsPerPart` rows when given).
 */
function answers(request: DocRequest, rowsPerPart?: number): DeriveReply[] {
  const index = createEvaluator().compile(request.doc);
  const lines = linesForPage(deriveLines(request.doc, index), request.collapsed);
  return [
    ...linesReplies(request.seq, lines),
    ...tablesReplies(request.seq, deriveTables(request.doc, index), rowsPerPart),
  ];
}

/** Whether each of `refs` is garbage now (a weak reference is held until the task that made it ends). */
async function collected(refs: readonly WeakRef<object>[]): Promise<boolean[]> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return refs.map((ref) => ref.deref() === undefined);
}

const small = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });

/** `doc` without its first policy (an edit the user made). */
function withoutFirstPolicy(doc: Doc): Doc {
  return { ...doc, policies: doc.policies.slice(1) };
}

/** A derivation of `small` started, and the worker's answers taken in. */
const answeredOnce = () => {
  const store = createEditorStore({ doc: small });
  const { fake, open } = fakeWorker();
  startDerivation(store, open);
  for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(reply);
  return { store, fake, first: store.getState().derived };
};

describe('when the document is derived in a worker', () => {
  it('shows the worker’s lines, findings and matrix once it answers', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    expect(selectFlowGroups(store.getState())).toEqual([]);
    expect(fake.posted.map((r) => r.doc)).toEqual([small]);
    for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(reply);
    const state = store.getState();
    expect(selectLinesCurrent(state)).toBe(true);
    // The same lines as derived in place, each flow's checked connection left in the worker.
    const inPlace = selectFlowGroups(createEditorStore({ doc: small }).getState());
    expect(selectFlowGroups(state)).toEqual(
      inPlace.map((g) => ({ ...g, flows: g.flows.map((f) => ({ ...f, sample: null })) })),
    );
    expect(selectFindings(state).length).toBeGreaterThan(0);
  });

  it('keeps showing the previous lines until the new document’s arrive', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(reply);
    const before = selectFlowGroups(store.getState());
    store.setState({ doc: withoutFirstPolicy(small) });
    expect(selectLinesCurrent(store.getState())).toBe(false);
    expect(selectFlowGroups(store.getState())).toBe(before);
  });

  it('drops an answer for a document that a newer edit replaced', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    const edited = withoutFirstPolicy(small);
    store.setState({ doc: edited });
    const [stale, newest] = fake.posted;
    for (const reply of answers(stale as DocRequest)) fake.reply(reply);
    expect(store.getState().derived).toEqual(NOTHING_DERIVED);
    for (const reply of answers(newest as DocRequest)) fake.reply(reply);
    expect(store.getState().derived?.lines?.doc).toBe(edited);
    expect(store.getState().derived?.tables?.doc).toBe(edited);
  });

  it('gives a document seen before (undo) its lines and tables back at once', () => {
    const { store, first } = answeredOnce();
    store.setState({ doc: withoutFirstPolicy(small) });
    store.setState({ doc: small });
    expect(store.getState().derived?.lines?.groups).toBe(first?.lines?.groups);
    expect(store.getState().derived?.tables).toBe(first?.tables);
  });

  it('asks the worker only what an undo changed, not the lines and tables the page has', () => {
    const { store, fake, first } = answeredOnce();
    const edited = withoutFirstPolicy(small);
    store.setState({ doc: edited });
    for (const reply of answers(fake.posted[1] as DocRequest)) fake.reply(reply);
    store.setState({ doc: small });
    expect(fake.posted.map((r) => r.known)).toEqual([false, false, true]);
    const before = { doc: edited, index: createEvaluator().compile(edited) };
    const { changes } = deriveLines(small, createEvaluator().compile(small), before);
    expect(changes.length).toBeGreaterThan(0);
    fake.reply({ type: 'changes', seq: 3, changes });
    const state = store.getState();
    expect(state.derived?.lines?.changes).toEqual(changes);
    expect(state.derived?.lines?.groups).toBe(first?.lines?.groups);
    expect(state.derived?.tables).toBe(first?.tables);
  });
});

describe('the lines the page shows, named to the worker', () => {
  /** The worker's answers through `docReplies`, as it answers, each copied as `postMessage` copies it. */
  const worker = () => {
    const sent = linesSent();
    return (request: DocRequest): DeriveReply[] => {
      const index = createEvaluator().compile(request.doc);
      const { replies } = docReplies(request, deriveLines(request.doc, index), sent);
      return replies.map((r) => structuredClone(r));
    };
  };

  it('are those of the document whose lines it took in last, or of an undo’s', () => {
    const { store, fake } = answeredOnce();
    store.setState({ doc: withoutFirstPolicy(small) });
    store.setState({ doc: small });
    expect(fake.posted.map((r) => r.shown)).toEqual([0, 1, 3]);
  });

  it('are those before an edit until its lines come', () => {
    const { store, fake } = answeredOnce();
    store.setState({ doc: withoutFirstPolicy(small) });
    store.setState({ doc: withoutFirstPolicy(withoutFirstPolicy(small)) });
    expect(fake.posted.map((r) => r.shown)).toEqual([0, 1, 1]);
  });

  it('come back whole after an edit, where the worker sent only those it changed', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    const answer = worker();
    startDerivation(store, open);
    for (const reply of answer(fake.posted[0] as DocRequest)) fake.reply(reply);
    const before = selectFlowGroups(store.getState());
    const edited = withoutFirstPolicy(small);
    store.setState({ doc: edited });
    const replies = answer(fake.posted[1] as DocRequest);
    const whole = replies.flatMap((r) => (r.type === 'lines' ? r.lines.groups : []));
    expect(whole.filter((g) => typeof g !== 'string').length).toBeLessThan(before.length / 2);
    for (const reply of replies) fake.reply(reply);
    const after = selectFlowGroups(store.getState());
    const inPlace = selectFlowGroups(createEditorStore({ doc: edited }).getState());
    expect(after).toEqual(
      inPlace.map((g) => ({ ...g, flows: g.flows.map((f) => ({ ...f, sample: null })) })),
    );
    const kept = after.filter((g) => before.includes(g));
    expect(kept.length).toBeGreaterThan(after.length / 2);
  });
});

describe('what an edit changed', () => {
  it('comes with the lines of the edited document', () => {
    const before = { doc: small, index: createEvaluator().compile(small) };
    const edited = withoutFirstPolicy(small);
    const lines = deriveLines(edited, createEvaluator().compile(edited), before);
    const flipped = lines.changes.length;
    expect(flipped).toBeGreaterThan(0);
    expect(structuredClone(lines.changes)).toEqual(lines.changes);
  });
});

describe('when a node is focused', () => {
  const first = small.workloads[0];
  const id = `workload:${first?.namespace ?? ''}/${first?.name ?? ''}`;

  it('asks for its paths and shows them once the worker answers', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().select({ kind: 'node', id });
    expect(fake.asked).toEqual([{ type: 'paths', seq: 1, id, held: 0 }]);
    expect(selectFocusPaths(store.getState())).toEqual({ inbound: [], outbound: [] });
    const paths = derivePaths(small, createEvaluator().compile(small), id);
    fake.reply({ type: 'paths', seq: 1, id, paths });
    expect(pathsOfNode(store.getState(), id)).toBe(paths);
  });

  it('drops the paths of a node no longer focused', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().select({ kind: 'node', id });
    store.getState().select(null);
    const paths = derivePaths(small, createEvaluator().compile(small), id);
    fake.reply({ type: 'paths', seq: 1, id, paths });
    expect(store.getState().derived?.paths).toBeNull();
  });

  /** The node picked, and the worker's answer with its paths taken in. */
  const pickedWithPaths = () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().select({ kind: 'node', id });
    const paths = derivePaths(small, createEvaluator().compile(small), id);
    fake.reply({ type: 'paths', seq: 1, id, paths });
    return { store, fake, paths };
  };

  it('keeps its paths object when an edit elsewhere leaves them as they were', () => {
    const { store, fake, paths } = pickedWithPaths();
    store.getState().dispatch({ type: 'setTitle', title: 'Shop, production' });
    expect(fake.asked.at(-1)).toEqual({ type: 'paths', seq: 2, id, held: 1 });
    fake.reply({ type: 'paths', seq: 2, id, paths: structuredClone(paths) });
    expect(store.getState().derived?.paths?.doc).toBe(store.getState().doc);
    expect(pathsOfNode(store.getState(), id)).toBe(paths);
  });

  it('takes the paths the worker sends as held from those it shows, and names them held', () => {
    const { store, fake, paths } = pickedWithPaths();
    store.getState().dispatch({ type: 'setTitle', title: 'Shop, production' });
    const [changed, ...rest] = paths.outbound;
    expect(changed).toBeDefined();
    if (changed === undefined) return;
    const blocked = { ...changed, allowed: !changed.allowed };
    fake.reply({
      type: 'paths',
      seq: 2,
      id,
      paths: {
        inbound: paths.inbound.map((p) => p.id),
        outbound: [blocked, ...rest.map((p) => p.id)],
      },
    });
    const taken = pathsOfNode(store.getState(), id);
    expect(taken.outbound[0]).toEqual(blocked);
    expect(taken.outbound.slice(1).every((p, i) => p === rest[i])).toBe(true);
    expect(taken.inbound.every((p, i) => p === paths.inbound[i])).toBe(true);
    store.getState().dispatch({ type: 'setTitle', title: 'Shop, staging' });
    expect(fake.asked.at(-1)).toEqual({ type: 'paths', seq: 3, id, held: 2 });
    const allHeld = {
      inbound: taken.inbound.map((p) => p.id),
      outbound: taken.outbound.map((p) => p.id),
    };
    fake.reply({ type: 'paths', seq: 3, id, paths: allHeld });
    expect(pathsOfNode(store.getState(), id)).toBe(taken);
  });

  it('names no paths held for a node it holds none of, and derives them itself when a path sent as held is not', () => {
    const { store, fake } = pickedWithPaths();
    const other = small.workloads[1];
    const otherId = `workload:${other?.namespace ?? ''}/${other?.name ?? ''}`;
    store.getState().select({ kind: 'node', id: otherId });
    expect(fake.asked.at(-1)).toEqual({ type: 'paths', seq: 1, id: otherId, held: 0 });
    fake.reply({
      type: 'paths',
      seq: 1,
      id: otherId,
      paths: { inbound: ['nowhere'], outbound: [] },
    });
    expect(fake.stopped).toBe(true);
    expect(store.getState().derived).toBeNull();
  });

  it('keeps its path lines when an edit brings the lines again with the same ends', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(reply);
    store.getState().select({ kind: 'node', id });
    const paths = derivePaths(small, createEvaluator().compile(small), id);
    fake.reply({ type: 'paths', seq: 1, id, paths });
    const before = selectPathGroups(store.getState());
    store.getState().dispatch({ type: 'setTitle', title: 'Shop, production' });
    for (const reply of answers(fake.posted[1] as DocRequest)) fake.reply(reply);
    fake.reply({ type: 'paths', seq: 2, id, paths: structuredClone(paths) });
    expect(store.getState().derived?.lines?.doc).toBe(store.getState().doc);
    expect(before.length).toBeGreaterThan(0);
    expect(selectPathGroups(store.getState())).toBe(before);
  });
});

describe('when a line is opened', () => {
  const full = deriveLines(small, createEvaluator().compile(small));
  const line = full.groups.find((g) => g.flows.some((f) => f.sample !== null));
  const id = line?.id ?? '';

  it('the lines come without their checked connections', () => {
    const sent = linesWithoutSamples(full);
    expect(sent.flows.every((f) => f.sample === null)).toBe(true);
    expect(sent.groups.map((g) => [g.id, g.status])).toEqual(
      full.groups.map((g) => [g.id, g.status]),
    );
    expect(sent.flows.map((f) => f.reason)).toEqual(full.flows.map((f) => f.reason));
    expect(lineSamplesOf(full, id).length).toBeGreaterThan(0);
  });

  /** A store whose worker has answered, with line `id` opened. */
  function withLineOpen() {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(reply);
    store.getState().select({ kind: 'flow', id, focus: null });
    return { store, fake };
  }

  it('asks for its checked connections and shows them once the worker answers', () => {
    const { store, fake } = withLineOpen();
    expect(fake.opened).toEqual([{ type: 'samples', seq: 1, id }]);
    expect(selectLineSamples(store.getState(), id)).toBeNull();
    const samples = lineSamplesOf(full, id);
    fake.reply({ type: 'samples', seq: 1, id, samples });
    expect(selectLineSamples(store.getState(), id)).toBe(samples);
  });

  it('drops the checked connections of a line no longer open', () => {
    const { store, fake } = withLineOpen();
    store.getState().select(null);
    fake.reply({ type: 'samples', seq: 1, id, samples: lineSamplesOf(full, id) });
    expect(store.getState().derived?.samples).toBeNull();
  });

  it('without a worker, has them at once', () => {
    const store = createEditorStore({ doc: small });
    expect(selectLineSamples(store.getState(), id)).toEqual(lineSamplesOf(full, id));
  });
});

describe('when the worker fails', () => {
  it('says so and derives on the page from then on', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    fake.failure('the worker could not start');
    const state = store.getState();
    expect(fake.stopped).toBe(true);
    expect(state.notice?.tone).toBe('error');
    expect(state.notice?.text).toContain('the worker could not start');
    expect(state.derived).toBeNull();
    expect(selectFlowGroups(state)).toEqual(selectFlowGroupsNow(state));
    expect(selectFlowGroups(state).length).toBeGreaterThan(0);
  });

  it('treats an answer saying the derivation broke the same way', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    fake.reply({ type: 'failed', seq: 1, message: 'no such port' });
    expect(store.getState().notice?.text).toContain('no such port');
    store.setState({ doc: withoutFirstPolicy(small) });
    expect(fake.posted).toHaveLength(1);
    expect(store.getState().derived).toBeNull();
  });
});

describe('what the worker sends', () => {
  it('survives structured cloning unchanged (no functions, no class instances)', () => {
    const doc = generateCluster({ pods: 40, policies: 20, namespaces: 3, seed: 2 });
    const index = createEvaluator().compile(doc);
    const lines = deriveLines(doc, index);
    const tables = deriveTables(doc, index);
    const first = doc.workloads[1];
    const paths = derivePaths(
      doc,
      index,
      `workload:${first?.namespace ?? ''}/${first?.name ?? ''}`,
    );
    expect(paths.inbound.length + paths.outbound.length).toBeGreaterThan(0);
    expect(structuredClone(lines)).toEqual(lines);
    expect(structuredClone(tables)).toEqual(tables);
    expect(structuredClone(paths)).toEqual(paths);
  });
});

describe('when flow logs are under review', () => {
  const [web, api] = small.workloads;
  const observed: ObservedTraffic = {
    names: 'flows.csv',
    connections: [
      {
        from: { kind: 'pod', namespace: web?.namespace ?? '', pod: web?.name ?? '' },
        to: { kind: 'pod', namespace: api?.namespace ?? '', pod: api?.name ?? '' },
        port: 8080,
        protocol: 'TCP',
        file: 'flows.csv',
        line: 1,
      },
    ],
    counts: { flows: 1, replies: 0, duplicates: 0, dropped: 0, icmp: 0, events: 0, outside: 0 },
  };

  /** What the real worker answers to `request`: the proposal, then what it changes. */
  function proposalAnswers(request: ProposeRequest): DeriveReply[] {
    const result = proposalResultOf(request.doc, request.connections, request.options);
    return [
      { type: 'proposal', ask: request.ask, result },
      {
        type: 'proposalChanges',
        ask: request.ask,
        changes: proposalChangesOf(request.doc, result),
      },
    ];
  }

  it('asks the worker, says it is working, then shows the policies and what they change', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    expect(fake.proposals).toEqual([]);
    store.getState().reviewObserved(observed);
    expect(fake.proposals).toHaveLength(1);
    expect(selectProposalReview(store.getState())).toEqual({ result: null, changes: null });
    const [policies, changes] = proposalAnswers(fake.proposals[0] as ProposeRequest);
    fake.reply(policies as DeriveReply);
    const first = selectProposalReview(store.getState());
    expect(first?.result?.ok).toBe(true);
    expect(first?.changes).toBeNull();
    fake.reply(changes as DeriveReply);
    const done = selectProposalReview(store.getState());
    expect(done?.changes?.between.newlyBlocked).toBeGreaterThan(0);
  });

  it('drops the answer to an older ask when the options changed meanwhile', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().reviewObserved(observed);
    store.getState().setProposalOptions({ defaultDeny: true });
    expect(fake.proposals.map((r) => [r.ask, r.options.defaultDeny])).toEqual([
      [1, false],
      [2, true],
    ]);
    for (const reply of proposalAnswers(fake.proposals[0] as ProposeRequest)) fake.reply(reply);
    expect(selectProposalReview(store.getState())).toEqual({ result: null, changes: null });
    for (const reply of proposalAnswers(fake.proposals[1] as ProposeRequest)) fake.reply(reply);
    const review = selectProposalReview(store.getState());
    const names = review?.result?.ok === true ? review.result.proposal.policies : [];
    expect(names.some((p) => p.metadata.name === 'default-deny')).toBe(true);
  });

  it('stops asking once the dialog is closed', () => {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().reviewObserved(observed);
    store.getState().openDialog(null);
    for (const reply of proposalAnswers(fake.proposals[0] as ProposeRequest)) fake.reply(reply);
    expect(selectProposalReview(store.getState())).toBeNull();
    expect(store.getState().derived?.proposal).toBeNull();
    store.getState().setProposalOptions({ defaultDeny: true });
    expect(fake.proposals).toHaveLength(1);
  });

  it('without a worker, works it out on the page, the same as the worker', () => {
    const store = createEditorStore({ doc: small });
    store.getState().reviewObserved(observed);
    const review = selectProposalReview(store.getState());
    const request: ProposeRequest = {
      type: 'propose',
      ask: 1,
      doc: small,
      connections: observed.connections,
      options: { defaultDeny: false },
    };
    const [policies, changes] = proposalAnswers(request);
    expect(review).toEqual({
      result: policies?.type === 'proposal' ? policies.result : null,
      changes: changes?.type === 'proposalChanges' ? changes.changes : null,
    });
    expect(selectProposalReview(store.getState())).toBe(review);
    expect(structuredClone(review)).toEqual(review);
  });
});

describe('when a deletion is previewed with a worker', () => {
  const policy = small.policies[0];
  if (policy === undefined) throw new Error('the cluster has policies');
  const edit = {
    type: 'removePolicy',
    ref: { namespace: policy.metadata.namespace, name: policy.metadata.name },
  } as const;

  /** What the real worker answers for a preview request. */
  function previewAnswer(request: Extract<DeriveRequest, { type: 'preview' }>, doc: Doc) {
    const index = createEvaluator().compile(doc);
    const preview = deriveDeletionPreview(doc, index, request.request.edit);
    return { type: 'preview', seq: request.seq, key: request.request.key, preview } as const;
  }

  /** A store derived by a fake worker, asked what deleting `edit` would change. */
  function previewAsked() {
    const store = createEditorStore({ doc: small });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    store.getState().previewDeletion(edit);
    return { store, fake, key: store.getState().deletionRequest?.key ?? '' };
  }

  it('asks the worker and shows its answer for the document on show', () => {
    const { store, fake, key } = previewAsked();
    expect(selectDeletionPreview(store.getState(), key)).toBe('working');
    const [request] = fake.previews;
    if (request === undefined) throw new Error('a preview was asked for');
    fake.reply(previewAnswer(request, small));
    const inPlace = createEditorStore({ doc: small });
    inPlace.getState().previewDeletion(edit);
    expect(selectDeletionPreview(store.getState(), key)).toEqual(
      selectDeletionPreview(inPlace.getState(), key),
    );
  });

  it('drops an answer for an older document and asks again for the new one', () => {
    const { store, fake, key } = previewAsked();
    const edited = withoutFirstPolicy(small);
    store.setState({ doc: edited });
    const [stale, fresh] = fake.previews;
    if (stale === undefined || fresh === undefined) throw new Error('asked twice');
    expect(fresh.seq).toBeGreaterThan(stale.seq);
    fake.reply(previewAnswer(stale, small));
    expect(store.getState().derived?.preview).toBeNull();
    expect(selectDeletionPreview(store.getState(), key)).toBe('working');
    fake.reply(previewAnswer(fresh, edited));
    const shown = selectDeletionPreview(store.getState(), key);
    expect(shown).not.toBe('working');
    expect(shown).toEqual(previewAnswer(fresh, edited).preview);
  });

  it('drops an answer for a deletion no longer asked about', () => {
    const { store, fake, key } = previewAsked();
    store.getState().select(null);
    const [request] = fake.previews;
    if (request === undefined) throw new Error('a preview was asked for');
    fake.reply(previewAnswer(request, small));
    expect(store.getState().derived?.preview).toBeNull();
    expect(selectDeletionPreview(store.getState(), key)).toBeNull();
  });
});

describe('the summaries of collapsed namespaces', () => {
  const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });
  const collapsed = collapsedOnOpen(doc);

  /** The store with the worker's first lines taken in, copied as `postMessage` copies them. */
  function opened() {
    const store = createEditorStore({ doc, collapsed });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    const [request] = fake.posted;
    if (request === undefined) throw new Error('no document sent');
    for (const reply of answers(request)) {
      if (reply.type === 'tables') break;
      fake.reply(structuredClone(reply));
    }
    return { store, request };
  }

  it('are worked out by the worker for the set the page has, equal to the page’s own', () => {
    expect(collapsed.length).toBeGreaterThan(1);
    const { store, request } = opened();
    expect(request.collapsed).toEqual(collapsed);
    const state = store.getState();
    const groups = selectFlowGroups(state);
    const read = collapsedLinesOf(groups, state.collapsed, state.derived?.lines ?? null);
    expect(read).toBe(state.derived?.lines?.summaries?.lines);
    expect(read.summaries.length).toBeGreaterThan(0);
    expect(read).toEqual(collapseLines(groups, new Set(collapsed)));
  });

  it('hold the lines that came with them, not copies', () => {
    const state = opened().store.getState();
    const groups = new Set(selectFlowGroups(state));
    const summarised = state.derived?.lines?.summaries?.lines.summaries ?? [];
    expect(summarised.flatMap((s) => s.lines).every((line) => groups.has(line))).toBe(true);
  });

  it('are worked out on the page once the user expands a namespace', () => {
    const { store } = opened();
    const [first] = collapsed;
    store.getState().setCollapsed([first ?? ''], false);
    const state = store.getState();
    const groups = selectFlowGroups(state);
    const read = collapsedLinesOf(groups, state.collapsed, state.derived?.lines ?? null);
    expect(read).not.toBe(state.derived?.lines?.summaries?.lines);
    expect(read).toEqual(collapseLines(groups, new Set(state.collapsed)));
  });

  it('are worked out on the page when the network plugin lets blocked lines through', () => {
    const { store } = opened();
    const state = store.getState();
    store.getState().setNetworkPlugin('flannel');
    const after = store.getState();
    const groups = selectFlowGroups(after);
    expect(groups).not.toBe(state.derived?.lines?.groups);
    const read = collapsedLinesOf(groups, after.collapsed, after.derived?.lines ?? null);
    expect(read).toEqual(collapseLines(groups, new Set(after.collapsed)));
  });
});

describe('the lines of a large design, sent in parts', () => {
  const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });
  const collapsed = collapsedOnOpen(doc);

  /** The worker's lines for `request` in parts of 20, each copied as `postMessage` copies it. */
  function partsOf(request: DocRequest): DeriveReply[] {
    const index = createEvaluator().compile(request.doc);
    const lines = linesSummarised(linesWithoutSamples(deriveLines(request.doc, index)), collapsed);
    return linesReplies(request.seq, lines, 20).map((r) => structuredClone(r));
  }

  function started() {
    const store = createEditorStore({ doc, collapsed });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    return { store, fake };
  }

  it('are taken in once the last part has come, as the lines derived in place', () => {
    const { store, fake } = started();
    const replies = partsOf(fake.posted[0] as DocRequest);
    expect(replies.length).toBeGreaterThan(2);
    for (const reply of replies.slice(0, -1)) fake.reply(reply);
    expect(store.getState().derived?.lines).toBeNull();
    fake.reply(replies.at(-1) as DeriveReply);
    const state = store.getState();
    expect(selectLinesCurrent(state)).toBe(true);
    const inPlace = selectFlowGroups(createEditorStore({ doc }).getState());
    expect(selectFlowGroups(state)).toEqual(
      inPlace.map((g) => ({ ...g, flows: g.flows.map((f) => ({ ...f, sample: null })) })),
    );
    const read = collapsedLinesOf(selectFlowGroups(state), collapsed, state.derived?.lines ?? null);
    expect(read).toBe(state.derived?.lines?.summaries?.lines);
    expect(read).toEqual(collapseLines(selectFlowGroups(state), new Set(collapsed)));
  });

  it('are dropped for a document replaced before its last part came', () => {
    const { store, fake } = started();
    const stale = partsOf(fake.posted[0] as DocRequest);
    fake.reply(stale[0] as DeriveReply);
    store.setState({ doc: withoutFirstPolicy(doc) });
    const newest = fake.posted[1] as DocRequest;
    for (const reply of stale.slice(1)) fake.reply(reply);
    expect(store.getState().derived?.lines).toBeNull();
    const fresh = partsOf(newest);
    for (const reply of fresh) fake.reply(reply);
    const state = store.getState();
    expect(selectLinesCurrent(state)).toBe(true);
    const inPlace = selectFlowGroups(createEditorStore({ doc: newest.doc }).getState());
    expect(selectFlowGroups(state).map((g) => g.id)).toEqual(inPlace.map((g) => g.id));
  });

  /** Gives the page the first part of the lines and of the tables of `request`; weak references to them. */
  function firstPartsOf(fake: ReturnType<typeof fakeWorker>['fake'], request: DocRequest) {
    const lines = partsOf(request).find((r) => r.type === 'linesPart');
    const tables = structuredClone(answers(request, 4).find((r) => r.type === 'tablesPart'));
    if (lines?.type !== 'linesPart' || tables?.type !== 'tablesPart') throw new Error('no parts');
    const line = lines.groups[0];
    const finding = 'findings' in tables.part ? tables.part.findings[0] : undefined;
    if (line === undefined || typeof line === 'string' || finding === undefined) {
      throw new Error('empty parts');
    }
    fake.reply(lines);
    fake.reply(tables);
    return [new WeakRef(line), new WeakRef(finding)];
  }

  it('are let go of for a document replaced before its last part came', async () => {
    const { store, fake } = started();
    const held = firstPartsOf(fake, fake.posted[0] as DocRequest);
    store.setState({ doc: withoutFirstPolicy(doc) });
    expect(await collected(held)).toEqual([true, true]);
  });
});

describe('the findings and matrix of a design, sent in parts', () => {
  const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });

  /** The worker's answers for `request`, findings in parts of 4, each copied as `postMessage` copies it. */
  function answersInParts(request: DocRequest): DeriveReply[] {
    return answers(request, 4).map((r) => structuredClone(r));
  }

  function started() {
    const store = createEditorStore({ doc });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    return { store, fake };
  }

  it('are taken in whole once their head has come, as derived in place', () => {
    const { store, fake } = started();
    const replies = answersInParts(fake.posted[0] as DocRequest);
    const parts = replies.filter((r) => r.type === 'tablesPart');
    expect(parts.length).toBeGreaterThan(2);
    for (const reply of replies.slice(0, -1)) fake.reply(reply);
    expect(store.getState().derived?.tables).toBeNull();
    fake.reply(replies.at(-1) as DeriveReply);
    const state = store.getState();
    expect(state.derived?.tables?.doc).toBe(doc);
    const inPlace = createEditorStore({ doc }).getState();
    expect(selectFindings(state)).toEqual(selectFindings(inPlace));
    const { findings: _f, matrix } = deriveTables(doc, createEvaluator().compile(doc));
    expect(state.derived?.tables?.matrix).toEqual(matrix);
    expect(fake.stopped).toBe(false);
  });

  it('are dropped for a document replaced before their head came', () => {
    const { store, fake } = started();
    const stale = answersInParts(fake.posted[0] as DocRequest);
    const firstTables = stale.findIndex((r) => r.type === 'tablesPart');
    for (const reply of stale.slice(0, firstTables + 1)) fake.reply(reply);
    const edited = withoutFirstPolicy(doc);
    store.setState({ doc: edited });
    const newest = fake.posted[1] as DocRequest;
    for (const reply of stale.slice(firstTables + 1)) fake.reply(reply);
    expect(store.getState().derived?.tables).toBeNull();
    for (const reply of answersInParts(newest)) fake.reply(reply);
    const state = store.getState();
    expect(state.derived?.tables?.doc).toBe(edited);
    // The stale document's parts are not among the new ones: the findings are the edited design's.
    expect(selectFindings(state)).toEqual(
      selectFindings(createEditorStore({ doc: edited }).getState()),
    );
    expect(fake.stopped).toBe(false);
  });

  it('that do not add up make the page derive in place and say so', () => {
    const { store, fake } = started();
    const replies = answersInParts(fake.posted[0] as DocRequest);
    for (const reply of replies.filter((r) => r.type !== 'tablesPart')) fake.reply(reply);
    expect(fake.stopped).toBe(true);
    expect(store.getState().derived).toBeNull();
    expect(selectFindings(store.getState()).length).toBeGreaterThan(0);
  });
});

describe('the findings and matrix of a document', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A derivation started, and the worker's lines of its first document taken in. */
  function linesIn(view: 'canvas' | 'matrix', layoutPending: boolean) {
    vi.useFakeTimers();
    const store = createEditorStore({ doc: small });
    store.getState().showView(view);
    if (layoutPending) store.getState().requestLayout('unplaced');
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    const request = fake.posted[0] as DocRequest;
    expect(fake.tables).toEqual([]);
    for (const reply of answers(request).filter((r) => r.type.startsWith('lines'))) {
      fake.reply(reply);
    }
    return { store, fake, seq: request.seq };
  }

  it('are asked for once the lines are in, when nothing is being laid out', () => {
    const { fake, seq } = linesIn('canvas', false);
    expect(fake.tables).toEqual([{ type: 'tables', seq }]);
  });

  it('wait while the canvas lays out the design, and are asked for when it is done', () => {
    const { store, fake, seq } = linesIn('canvas', true);
    expect(fake.tables).toEqual([]);
    store.getState().select(null);
    expect(fake.tables).toEqual([]);
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    expect(fake.tables).toEqual([{ type: 'tables', seq }]);
    store.getState().requestFit();
    expect(fake.tables).toHaveLength(1);
  });

  it('do not wait for a layout on the Matrix view, which shows them', () => {
    const { fake, seq } = linesIn('matrix', true);
    expect(fake.tables).toEqual([{ type: 'tables', seq }]);
  });

  it('are asked for at the latest a while after the lines, should the layout never answer', () => {
    const { fake, seq } = linesIn('canvas', true);
    vi.advanceTimersByTime(TABLES_AT_LATEST_MS - 1);
    expect(fake.tables).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fake.tables).toEqual([{ type: 'tables', seq }]);
  });

  it('are asked for the newest document only, and not for one the page knows', () => {
    const { store, fake } = linesIn('canvas', false);
    for (const reply of answers(fake.posted[0] as DocRequest).filter((r) =>
      r.type.startsWith('tables'),
    )) {
      fake.reply(reply);
    }
    const edited = withoutFirstPolicy(small);
    store.setState({ doc: edited });
    store.setState({ doc: small });
    const newest = fake.posted[2] as DocRequest;
    expect(newest.known).toBe(true);
    vi.advanceTimersByTime(TABLES_AT_LATEST_MS);
    expect(fake.tables.map((r) => r.seq)).toEqual([1]);
  });
});

describe('the ends of lines that are no node of the model', () => {
  const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });

  it('come from the worker with the lines, equal to those the page reads', () => {
    const store = createEditorStore({ doc });
    const { fake, open } = fakeWorker();
    startDerivation(store, open);
    for (const reply of answers(fake.posted[0] as DocRequest)) fake.reply(structuredClone(reply));
    const state = store.getState();
    const sent = state.derived?.lines?.virtualEnds;
    expect(sent?.length).toBeGreaterThan(0);
    // Taken as sent: the page reads none of its lines for them.
    expect(selectVirtualEnds(state)).toBe(sent);
    expect(sent).toEqual(virtualEndsOf(selectFlowGroups(state)));
    expect(sent).toEqual(selectVirtualEnds(createEditorStore({ doc }).getState()));
  });

  it('are read from the lines on show without a worker, once for each set of lines', () => {
    const state = createEditorStore({ doc }).getState();
    const ends = selectVirtualEnds(state);
    expect(ends).toEqual(virtualEndsOf(selectFlowGroups(state)));
    expect(selectVirtualEnds(state)).toBe(ends);
  });
});
