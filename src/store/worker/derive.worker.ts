/**
 * Derives what the page shows from each document off the main thread:
 * compiles it (incrementally, one evaluator for the worker's life; the lines'
 * verdicts likewise, each kept while nothing it reads changed), then
 * sends the canvas lines, in parts (with what changed since the document before;
 * without each line's checked connections, sent for a line when it is
 * opened), the focused node's paths, the diff of an open comparison, what a
 * deletion asked about would change, the Traffic table while its tab is open
 * on a large design, then, once the page asks for them, the
 * findings and the matrix (in parts too), one piece per task so that a newer
 * request gets in between.
 * Only the newest document waiting is worked on (older ones are skipped),
 * and the tables of a document are skipped when a newer one has arrived.
 * A document the page knows (undo, redo) gets only what it changed, and a line the
 * page shows as it is goes as its id (`docReplies.ts`), and so does a path of the focused
 * node the page holds as it is (`pathsSent.ts`).
 * A proposal from flow logs comes after the lines, paths and samples (the
 * dialog waits for it), in two pieces: the policies, then what they change;
 * a newer ask replaces an older one, whose remaining piece is dropped.
 */
import type { Evaluated, PolicyIndex, ProposalResult } from '../../engine';
import { createEvaluator, createFlowVerdicts, withInferred } from '../../engine';
import type { Doc } from '../../model';
import {
  changesWorkedOut,
  derivePaths,
  deriveLines,
  deriveTables,
  lineSamplesOf,
} from '../derived/derive';
import type { DerivedLines } from '../derived/derive';
import { docReplies, linesSent } from './docReplies';
import { pathsSent, sentPaths } from './pathsSent';
import { docKeptFrom } from './docKept';
import { docReceiver } from '../docSent';
import { tablesReplies } from './tableParts';
import { comparisonOf } from '../compare/comparison';
import { proposalChangesOf, proposalResultOf } from '../derived/proposalReview';
import { deriveDeletionPreview } from '../derived/deletionPreview';
import { trafficTableToSend } from '../derived/trafficShown';
import { trafficReplies } from './trafficParts';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';

/** A new document, as taken in (`docSent.ts`). */
type DocRequest = Omit<Extract<DeriveRequest, { type: 'doc' }>, 'doc'> & { readonly doc: Doc };
type PathsRequest = Extract<DeriveRequest, { type: 'paths' }>;
type SamplesRequest = Extract<DeriveRequest, { type: 'samples' }>;
type CompareRequest = Extract<DeriveRequest, { type: 'compare' }>;
type ProposeRequest = Extract<DeriveRequest, { type: 'propose' }>;
type PreviewRequest = Extract<DeriveRequest, { type: 'preview' }>;

/** Every document the page sends is taken in as it arrives: the next one may be its changes. */
const receive = docReceiver();
const evaluator = createEvaluator();
const verdicts = createFlowVerdicts();
/** The lines sent for the last few documents, which the page may name as on show. */
const sent = linesSent();
/** The focused node's paths sent for the last few documents, which the page may name as held. */
const pathsOfSent = pathsSent();
/** The document received last, with the objects of the one before kept where equal. */
let received: Doc | null = null;
let waitingDoc: DocRequest | null = null;
/**
 * The document a newer one replaced before it was derived, when that newer one measures what it
 * changed from the document sent before it (`fromSentBefore`: a lesson's next step), else null.
 */
let skippedBase: Doc | null = null;
let wantedPaths: PathsRequest | null = null;
let wantedSamples: SamplesRequest | null = null;
let wantedCompare: CompareRequest | null = null;
let wantedProposal: ProposeRequest | null = null;
/** The proposal sent last, whose changes are still to be worked out. */
let proposalDue: { ask: number; doc: Doc; result: ProposalResult } | null = null;
let wantedPreview: PreviewRequest | null = null;
/** The document whose Traffic table the page asked for (`seq`), or 0. */
let wantedTraffic = 0;
/** The document whose tables the page asked for (`seq`), or 0. */
let wantedTables = 0;
let compiled: {
  seq: number;
  doc: Doc;
  index: PolicyIndex;
  lines: DerivedLines;
  tablesDue: boolean;
} | null = null;
let scheduled = false;

function reply(message: DeriveReply): void {
  postMessage(message);
}

/** The proposal's next piece, if one is wanted; true when one was done. */
function proposalStep(): boolean {
  if (wantedProposal !== null) {
    const { ask, doc, connections, options } = wantedProposal;
    wantedProposal = null;
    const result = proposalResultOf(doc, connections, options);
    reply({ type: 'proposal', ask, result });
    proposalDue = { ask, doc, result };
    return true;
  }
  if (proposalDue !== null) {
    const { ask, doc, result } = proposalDue;
    proposalDue = null;
    reply({ type: 'proposalChanges', ask, changes: proposalChangesOf(doc, result) });
    return true;
  }
  return false;
}

/** `skippedBase` compiled (only to compare the waiting document with), or null. */
function skippedCompiled(): Evaluated | null {
  const skipped = skippedBase;
  skippedBase = null;
  if (skipped === null || !changesWorkedOut(skipped)) return null;
  received = docKeptFrom(received, skipped);
  const doc = withInferred(received);
  return { doc, index: evaluator.compile(doc) };
}

/** Does the most urgent piece of work; true when more is left. */
function stepOnce(): boolean {
  if (waitingDoc !== null) {
    const request = waitingDoc;
    const before = skippedCompiled() ?? compiled;
    // Derivation starts from the design plus its inferred pods, as on the page (`viewDoc.ts`).
    received = docKeptFrom(received, request.doc);
    const doc = withInferred(received);
    waitingDoc = null;
    const index = evaluator.compile(doc);
    const lines = deriveLines(doc, index, before, verdicts);
    const { replies, tablesDue } = docReplies(request, lines, sent);
    compiled = { seq: request.seq, doc, index, lines, tablesDue };
    for (const message of replies) reply(message);
    return true;
  }
  if (compiled === null) return proposalStep();
  if (wantedPaths !== null && wantedPaths.seq <= compiled.seq) {
    const { seq, id, held } = wantedPaths;
    wantedPaths = null;
    if (seq === compiled.seq) {
      const paths = derivePaths(compiled.doc, compiled.index, id);
      reply({ type: 'paths', seq, id, paths: sentPaths(paths, pathsOfSent.of(held, id)) });
      pathsOfSent.keep(seq, id, paths);
    }
    return true;
  }
  if (wantedSamples !== null && wantedSamples.seq <= compiled.seq) {
    const { seq, id } = wantedSamples;
    wantedSamples = null;
    if (seq === compiled.seq) {
      reply({ type: 'samples', seq, id, samples: lineSamplesOf(compiled.lines, id) });
    }
    return true;
  }
  if (wantedCompare !== null && wantedCompare.seq <= compiled.seq) {
    const { seq, token, against, enforced } = wantedCompare;
    wantedCompare = null;
    if (seq === compiled.seq) {
      const after = { doc: compiled.doc, index: compiled.index };
      reply({ type: 'comparison', seq, token, result: comparisonOf(against, after, enforced) });
    }
    return true;
  }
  if (wantedPreview !== null && wantedPreview.seq <= compiled.seq) {
    const { seq, request } = wantedPreview;
    wantedPreview = null;
    if (seq === compiled.seq) {
      const preview = deriveDeletionPreview(compiled.doc, compiled.index, request.edit);
      reply({ type: 'preview', seq, key: request.key, preview });
    }
    return true;
  }
  if (proposalStep()) return true;
  if (wantedTraffic === compiled.seq) {
    wantedTraffic = 0;
    const table = trafficTableToSend(compiled.doc, compiled.index);
    for (const message of trafficReplies(compiled.seq, table)) reply(message);
    return true;
  }
  if (compiled.tablesDue && wantedTables === compiled.seq) {
    compiled.tablesDue = false;
    const tables = deriveTables(compiled.doc, compiled.index);
    for (const message of tablesReplies(compiled.seq, tables)) reply(message);
  }
  return false;
}

function step(): void {
  scheduled = false;
  const seq = waitingDoc?.seq ?? compiled?.seq ?? 0;
  try {
    if (stepOnce()) schedule();
  } catch (error) {
    // A bug in the derivation (the engine reports the user's mistakes as data): the page says so.
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: 'failed', seq, message });
  }
}

function schedule(): void {
  if (!scheduled) {
    scheduled = true;
    setTimeout(step, 0);
  }
}

addEventListener('message', (event: MessageEvent<DeriveRequest>) => {
  const request = event.data;
  if (request.type === 'doc') {
    const replaced = waitingDoc;
    waitingDoc = { ...request, doc: receive(request.doc) };
    skippedBase = request.fromSentBefore === true && replaced !== null ? replaced.doc : null;
  } else if (request.type === 'paths') wantedPaths = request;
  else if (request.type === 'compare') wantedCompare = request;
  else if (request.type === 'samples') wantedSamples = request;
  else if (request.type === 'preview') wantedPreview = request;
  else if (request.type === 'tables') wantedTables = request.seq;
  else if (request.type === 'traffic') wantedTraffic = request.seq;
  else {
    wantedProposal = request;
    proposalDue = null;
  }
  schedule();
});
