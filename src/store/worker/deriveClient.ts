/**
 * The page's side of the derivation worker: sends every new document (with
 * a sequence number), drops answers for a document that is no longer the
 * newest, and puts the others into the store (`state.derived`), so that the
 * page shows the previous lines until the new ones arrive. A document seen
 * before (undo, redo) gets its lines and tables back at once (the worker
 * only says what the step changed, without sending them again). When the worker fails,
 * the page says so and derives in place from then on (`state.derived` null).
 * The focused node's paths are asked for whenever the focus or the document
 * changes, and so are the checked connections of the opened line (the lines
 * come without them), the findings and matrix once the lines are in and what
 * the page opens is laid out (on the Matrix view, at once; at the latest
 * `TABLES_AT_LATEST_MS` after the lines), the diff of an open comparison (also when it opens
 * or the network plugin changes), the proposal of flow logs under review
 * (`proposalAsk`), what the deletion asked about would change, and a large design's
 * Traffic table while its tab is open (`trafficOnPage`).
 */
import type { Doc } from '../../model';
import type { EditorStore } from '../createEditorStore';
import { selectFocusId } from '../derived/pathSelectors';
import { selectEnforced } from '../derived/enforcement';
import type { Derived, EditorState } from '../editorState';
import { NOTHING_DERIVED } from '../editorState';
import type { DeletionRequest } from '../derived/deletionPreview';
import type { DerivePort, DeriveReply, DeriveRequest } from './deriveProtocol';
import { laterPort, laterReplies } from './laterPort';
import { linesTaker } from './lineParts';
import { plainEqual } from '../plainEqual';
import { pathsTaken } from './pathsSent';
import { docSender } from '../docSent';
import type { NodePaths } from '../../engine';
import type { LinesTaker } from './lineParts';
import { tablesTaker } from './tableParts';
import type { TablesTaker } from './tableParts';
import { proposalAsk } from './proposalAsk';
import { selectLayoutPending } from '../slices/layoutPending';
import { trafficOnPage } from '../derived/trafficSelectors';
import { trafficTaker } from './trafficParts';
import type { TrafficTaker } from './trafficParts';

/**
 * How long after a document's lines its findings and matrix are asked for
 * even while the canvas is still laying it out (a layout that never answers
 * must not keep the Findings panel empty).
 */
export const TABLES_AT_LATEST_MS = 3000;

/** Opens a port; `onFailure` when the worker cannot start or its answer cannot be read. */
export type OpenDerivePort = (
  onReply: (reply: DeriveReply) => void,
  onFailure: (reason: string) => void,
) => DerivePort;

function workerPort(
  onReply: (reply: DeriveReply) => void,
  onFailure: (reason: string) => void,
): DerivePort {
  const worker = new Worker(new URL('./derive.worker.ts', import.meta.url), {
    type: 'module',
    name: 'netpol-canvas derive',
  });
  const take = laterReplies(onReply);
  worker.addEventListener('message', (event: MessageEvent<DeriveReply>) => {
    take(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(event.message || 'the worker could not start');
  });
  worker.addEventListener('messageerror', () => {
    onFailure('one of its answers could not be read');
  });
  const port: DerivePort = {
    post: (request) => {
      worker.postMessage(request);
    },
    stop: () => {
      worker.terminate();
    },
  };
  return laterPort(port, onFailure);
}

/** The line open in the Inspector, or null. */
function openLineOf(state: EditorState): string | null {
  return state.selection?.kind === 'flow' ? state.selection.id : null;
}

/**
 * Whether the page has room for the tables now: working them out takes a
 * core, and a layout being taken in on the other is the page's longest task
 * (the matrix of a dump is nine 2,000 × 2,000 tables).
 */
function roomForTables(state: EditorState): boolean {
  return state.view !== 'canvas' || !selectLayoutPending(state);
}

/**
 * Derives the store's documents in a worker from now on; returns a function
 * that stops it. Without `Worker` (Node), nothing changes: selectors derive in place.
 */
export function startDerivation(
  store: EditorStore,
  open: OpenDerivePort | null = typeof Worker === 'undefined' ? null : workerPort,
): () => void {
  if (open === null) return () => undefined;
  /** Lines and tables of the documents seen, for undo and redo. */
  const known = new WeakMap<Doc, Pick<Derived, 'lines' | 'tables'>>();
  let seq = 0;
  let current: Doc = store.getState().doc;
  let focus: string | null = null;
  /** The focused node's paths the page took in last, and the document they are of. */
  let pathsHeld: { id: string; seq: number; paths: NodePaths } | null = null;
  let line: string | null = null;
  /** The comparison asked for (a new token each time it opens or its plugin changes). */
  let compared: { token: number; against: Doc; enforced: boolean } | null = null;
  let token = 0;
  let deletion: DeletionRequest | null = null;
  /** The newest document whose lines the page has taken in, and the newest whose tables it asked for. */
  let linesIn = 0;
  let tablesAsked = 0;
  /** The document whose lines the page shows (the worker sends those of them unchanged as ids). */
  let linesShown = 0;
  /** The newest document whose Traffic table the page asked for. */
  let trafficAsked = 0;
  let tablesTimer: ReturnType<typeof setTimeout> | undefined;
  /** The newest document's lines taken in so far, part by part (their head comes last). */
  let taking: { seq: number; taker: LinesTaker } = { seq: 0, taker: linesTaker() };
  /** The newest document's findings and matrix taken in so far, likewise. */
  let takingTables: { seq: number; taker: TablesTaker } = { seq: 0, taker: tablesTaker() };
  /** The newest document's Traffic table taken in so far, likewise. */
  let takingTraffic: { seq: number; taker: TrafficTaker } = { seq: 0, taker: trafficTaker() };
  let port: DerivePort | null = null;
  /** Each document after the first goes as its changes (`docSent.ts`). */
  const sender = docSender();
  let unsubscribe = (): void => undefined;

  const stop = () => {
    unsubscribe();
    clearTimeout(tablesTimer);
    port?.stop();
    port = null;
  };
  const fail = (reason: string) => {
    if (port === null) return;
    stop();
    const state = store.getState();
    state.setDerived(null);
    state.notify({
      tone: 'error',
      text: `The background worker that draws the lines failed (${reason}); this page works them out itself now, which may be slower.`,
    });
  };
  /** A taker of the lines that keeps what is on show where the new lines equal it. */
  const takerOfLines = () => {
    const shown = store.getState().derived?.lines ?? null;
    return linesTaker(shown?.groups ?? [], shown);
  };
  const onReply = (reply: DeriveReply) => {
    if (port === null) return;
    if (reply.type === 'failed') {
      fail(reply.message);
      return;
    }
    if (reply.type === 'proposal' || reply.type === 'proposalChanges') {
      proposals.take(reply);
      return;
    }
    if (reply.seq !== seq) return; // stale: a newer document was sent since
    if (reply.type === 'linesPart') {
      if (taking.seq !== seq) taking = { seq, taker: takerOfLines() };
      try {
        taking.taker.add(reply.groups);
      } catch (error) {
        // A line named as on show that is not: the page derives the lines itself from now on.
        fail(error instanceof Error ? error.message : String(error));
      }
      return;
    }
    if (reply.type === 'tablesPart') {
      if (takingTables.seq !== seq) takingTables = { seq, taker: tablesTaker() };
      takingTables.taker.add(reply.part);
      return;
    }
    if (reply.type === 'trafficPart') {
      if (takingTraffic.seq !== seq) takingTraffic = { seq, taker: trafficTaker() };
      takingTraffic.taker.add(reply.rows);
      return;
    }
    const doc = current;
    const state = store.getState();
    const before = state.derived ?? NOTHING_DERIVED;
    if (reply.type === 'changes') {
      // Lines and tables known already: only what changed since the document before is new.
      if (before.lines !== null) {
        state.setDerived({ ...before, lines: { ...before.lines, changes: reply.changes } });
      }
      return;
    }
    if (reply.type === 'paths') {
      if (reply.id !== focus) return; // the focus moved on
      // The same paths for a new document (an edit elsewhere) keep their object: the Inspector's
      // counts and the canvas's path lines stay as they are.
      const held = before.paths?.id === reply.id ? before.paths.paths : null;
      let paths: NodePaths;
      try {
        paths = pathsTaken(reply.paths, held);
      } catch (error) {
        // A path named as held that is not: the page derives them itself from now on.
        fail(error instanceof Error ? error.message : String(error));
        return;
      }
      if (held !== null && paths !== held && plainEqual(held, paths)) paths = held;
      pathsHeld = { id: reply.id, seq: reply.seq, paths };
      state.setDerived({ ...before, paths: { id: reply.id, paths, doc } });
      return;
    }
    if (reply.type === 'samples') {
      if (reply.id !== line) return; // another line is open now
      state.setDerived({ ...before, samples: { id: reply.id, samples: reply.samples, doc } });
      return;
    }
    if (reply.type === 'comparison') {
      if (compared?.token !== reply.token) return; // closed, or another one opened since
      const { against, enforced } = compared;
      state.setDerived({ ...before, comparison: { against, enforced, result: reply.result, doc } });
      return;
    }
    if (reply.type === 'traffic') {
      const taker = takingTraffic.seq === seq ? takingTraffic.taker : trafficTaker();
      takingTraffic = { seq: 0, taker: trafficTaker() };
      try {
        state.setDerived({ ...before, traffic: { ...taker.done(reply.table), doc } });
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
      return;
    }
    if (reply.type === 'preview') {
      if (reply.key !== deletion?.key) return; // another deletion is asked about now
      state.setDerived({ ...before, preview: { key: reply.key, preview: reply.preview, doc } });
      return;
    }
    // The head of the lines or of the tables: their parts came before it.
    const taker = reply.type === 'lines' && taking.seq === seq ? taking.taker : null;
    if (taker !== null) taking = { seq: 0, taker: linesTaker() };
    const tablesIn =
      reply.type === 'tables' && takingTables.seq === seq ? takingTables.taker : null;
    if (tablesIn !== null) takingTables = { seq: 0, taker: tablesTaker() };
    let derived: Derived;
    try {
      derived =
        reply.type === 'lines'
          ? { ...before, lines: { ...(taker ?? takerOfLines()).done(reply.lines), doc } }
          : { ...before, tables: { ...(tablesIn ?? tablesTaker()).done(reply.tables), doc } };
    } catch (error) {
      // Lines or tables that do not add up (a part missing): the page derives them itself from now on.
      fail(error instanceof Error ? error.message : String(error));
      return;
    }
    if (derived.lines?.doc === doc && derived.tables?.doc === doc) {
      known.set(doc, { lines: derived.lines, tables: derived.tables });
    }
    state.setDerived(derived);
    if (reply.type === 'lines') linesTaken();
  };
  const post = (request: DeriveRequest) => {
    try {
      port?.post(request);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  };
  const askPaths = (state: EditorState) => {
    focus = selectFocusId(state);
    if (focus === null) return;
    const shown = state.derived?.paths?.paths;
    const held = pathsHeld?.id === focus && pathsHeld.paths === shown ? pathsHeld.seq : 0;
    post({ type: 'paths', seq, id: focus, held });
  };
  const askSamples = (state: EditorState) => {
    line = openLineOf(state);
    if (line !== null) post({ type: 'samples', seq, id: line });
  };
  const askComparison = (state: EditorState, again: boolean) => {
    const against = state.comparing?.doc ?? null;
    const enforced = selectEnforced(state);
    if (against === null) {
      compared = null;
      return;
    }
    if (!again && compared?.against === against && compared.enforced === enforced) return;
    if (compared?.against !== against || compared.enforced !== enforced) token += 1;
    compared = { token, against, enforced };
    post({ type: 'compare', seq, token, against, enforced });
  };
  const askPreview = (state: EditorState) => {
    deletion = state.deletionRequest;
    if (deletion !== null) post({ type: 'preview', seq, request: deletion });
  };
  const askTables = (state: EditorState, now: boolean) => {
    if (tablesAsked === seq || linesIn !== seq || !(now || roomForTables(state))) return;
    tablesAsked = seq;
    clearTimeout(tablesTimer);
    post({ type: 'tables', seq });
  };
  const askTraffic = (state: EditorState) => {
    if (state.panel !== 'traffic' || trafficAsked === seq || trafficOnPage(state)) return;
    trafficAsked = seq;
    post({ type: 'traffic', seq });
  };
  const linesTaken = () => {
    linesIn = seq;
    linesShown = seq;
    askTables(store.getState(), false);
    if (tablesAsked === seq) return;
    tablesTimer = setTimeout(() => {
      askTables(store.getState(), true);
    }, TABLES_AT_LATEST_MS);
  };
  const send = (state: EditorState) => {
    seq += 1;
    current = state.doc;
    clearTimeout(tablesTimer);
    // An older document's parts will never be whole now: let them go (a dump's are megabytes).
    taking = { seq: 0, taker: linesTaker() };
    takingTables = { seq: 0, taker: tablesTaker() };
    takingTraffic = { seq: 0, taker: trafficTaker() };
    const done = known.get(current);
    if (done !== undefined) {
      // Shown at once; the worker only says what changed (and works out the focused node's paths).
      const lines = done.lines === null ? null : { ...done.lines, changes: [] };
      state.setDerived({ ...(state.derived ?? NOTHING_DERIVED), lines, tables: done.tables });
      // Its tables are those the page has: nothing to ask.
      linesIn = seq;
      tablesAsked = seq;
      linesShown = seq;
    }
    const { collapsed } = state;
    post({
      type: 'doc',
      seq,
      doc: sender.send(current),
      collapsed,
      known: done !== undefined,
      shown: linesShown,
      ...(state.lessonSession === null ? {} : { fromSentBefore: true }),
    });
    askPaths(state);
    askSamples(state);
    askComparison(state, true);
    askPreview(state);
    askTraffic(state);
  };

  const proposals = proposalAsk(store, post);
  port = open(onReply, fail);
  store.getState().setDerived(NOTHING_DERIVED);
  unsubscribe = store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) {
      send(state);
      proposals.ask(state);
      return;
    }
    proposals.ask(state);
    if (selectFocusId(state) !== focus) askPaths(state);
    if (openLineOf(state) !== line) askSamples(state);
    askComparison(state, false);
    if (state.deletionRequest !== deletion) askPreview(state);
    askTables(state, false);
    askTraffic(state);
  });
  send(store.getState());
  proposals.ask(store.getState());
  return stop;
}
