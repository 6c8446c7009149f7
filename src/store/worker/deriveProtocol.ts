/**
 * The messages between the page and the derivation worker, in one place.
 * The page sends each new document with a sequence number; the worker
 * answers with the canvas lines first, then, when the page asks for them,
 * the tables (findings, matrix) of the same document, unless a newer document
 * came in meanwhile. An answer
 * whose number is not the newest sent is stale, and the page drops it. The
 * lines come summarised for the namespaces collapsed when the page sent it,
 * in parts of a few thousand (`lineParts.ts`): the page takes them in once
 * the last one (the head) has come; so do the findings and the matrix (`tableParts.ts`).
 * The paths of the focused node are asked for separately (a selection is no
 * new document): the worker answers for its newest document. So are the
 * checked connections of an opened line: the lines are sent without them,
 * the diff of an open comparison, asked for again with each new document,
 * and what a deletion the user asked to preview would change. A document the
 * page has seen before (undo, redo) gets only what it changed: the page has its lines and tables.
 * The Traffic table of a large design is asked for while its tab is open, for the newest
 * document (the page drops it for an older one), in parts (`trafficParts.ts`); a small one's
 * is worked out on the page.
 * A proposal from flow logs is asked for with its own number (`ask`): the
 * worker answers with the proposed policies, then with what they change,
 * unless a newer ask came in meanwhile; the page drops answers to an older ask.
 */
import type {
  Finding,
  FlowCheck,
  GenerateOptions,
  Matrix,
  Path,
  ProposalChanges,
  ProposalResult,
} from '../../engine';
import type { Doc, ObservedConnection } from '../../model';
import type { DocSent } from '../docSent';
import type { SentIsolation } from './isolationSent';
import type { DerivedLines } from '../derived/derive';
import type { MatrixData } from '../derived/reachMatrix';
import type { FlowGroup } from '../derived/flowGroups';
import type { CollapsedLines, SummaryLine } from '../collapse/collapseLines';
import type { ComparisonResult } from '../compare/compareState';
import type { DeletionPreview, DeletionRequest } from '../derived/deletionPreview';
import type { TrafficRowShown } from '../derived/trafficShown';
import type { TrafficTableNote } from '../../workshop';

/** A summary line naming its lines by their index in the lines sent (`lineParts.ts`). */
export type SummaryByIndex = Omit<SummaryLine, 'lines'> & { readonly lines: readonly number[] };

export interface SummariesByIndex {
  readonly collapsed: readonly string[];
  readonly shown: readonly number[];
  readonly summaries: readonly SummaryByIndex[];
  readonly inside: CollapsedLines['inside'];
}

/**
 * A line as the worker sends it: the line, or only its id when the page shows it as it is
 * (in the lines of the document the page named as shown): an edit changes a few of a dump's
 * 12,000 lines, and copying in all of them again blocked the page.
 */
export type SentLine = FlowGroup | string;

/**
 * A path of the focused node as the worker sends it: the path, or only its id when the page
 * holds it as it is (in the paths of the document the page named as held: `pathsSent.ts`).
 */
export type SentPath = Path | string;

export interface SentPaths {
  readonly inbound: readonly SentPath[];
  readonly outbound: readonly SentPath[];
}

/** The last message of the lines: everything but the lines of the parts before it. */
export interface LinesHead extends Omit<
  DerivedLines,
  'flows' | 'groups' | 'summaries' | 'isolation'
> {
  /** What changed since the isolation on show, when the worker holds that (`isolationSent.ts`). */
  readonly isolation: SentIsolation;
  /** The last part's lines (every line when there are at most `LINES_PER_PART`). */
  readonly groups: readonly SentLine[];
  readonly summaries?: SummariesByIndex;
}

/**
 * Some of the findings, in order; some of the matrix's rows, in order; or the
 * matrix of one port (`key`, as in `MatrixData.matrices`).
 */
export type TablesPart =
  | { readonly findings: readonly Finding[] }
  | { readonly nodes: MatrixData['nodes'] }
  | { readonly key: string; readonly matrix: Matrix };

/** The last message of the tables (`tableParts.ts`): the matrix's ports, and what the parts before it held. */
export interface TablesHead {
  readonly ports: MatrixData['ports'];
  /** How many findings and rows of the matrix the parts held. */
  readonly findings: number;
  /** How many findings apply to each canvas node (the nodes' badges, counted in the worker). */
  readonly findingCounts: ReadonlyMap<string, number>;
  readonly nodes: number;
  /** The ports whose matrices the parts held, in the order of `MatrixData.matrices`. */
  readonly matrices: readonly string[];
}

/** The last message of the Traffic table (`trafficParts.ts`): its notes, and how many rows the parts held. */
export interface TrafficHead {
  readonly rows: number;
  readonly notes: readonly TrafficTableNote[];
}

export type DeriveRequest =
  /**
   * A new document, with the namespaces collapsed on the page (whose lines are summarised);
   * `known` when the page has its lines and tables already (undo, redo): the worker then
   * sends only what changed since the document before. `shown`: the document whose lines the
   * page shows (0 for none); the worker sends a line it holds unchanged there as its id.
   */
  | {
      readonly type: 'doc';
      readonly seq: number;
      /** Whole the first time, then as changes since the one sent before (`docSent.ts`). */
      readonly doc: DocSent;
      readonly collapsed: readonly string[];
      readonly known: boolean;
      readonly shown: number;
      /**
       * In a lesson: what changed is measured from the document sent before this one (the step
       * before), even when the worker skipped that one for this; else from the one derived last.
       */
      readonly fromSentBefore?: true;
    }
  /**
   * The paths in and out of node `id` (a canvas node id), in document `seq`; `held`: the
   * document whose paths of `id` the page holds (0 for none), whose paths the worker sends
   * as they were as their ids.
   */
  | { readonly type: 'paths'; readonly seq: number; readonly id: string; readonly held: number }
  /** The checked connections of line `id` (a canvas edge id), in document `seq`. */
  | { readonly type: 'samples'; readonly seq: number; readonly id: string }
  /**
   * The diff of `against` (BEFORE) and document `seq` (AFTER), with what the network
   * plugin enforces; `token` names the comparison (a new one each time it is opened).
   */
  | {
      readonly type: 'compare';
      readonly seq: number;
      readonly token: number;
      readonly against: Doc;
      readonly enforced: boolean;
    }
  /** Policies proposed for `doc` from the observed connections, and what they change. */
  | {
      readonly type: 'propose';
      readonly ask: number;
      readonly doc: Doc;
      readonly connections: readonly ObservedConnection[];
      readonly options: GenerateOptions;
    }
  /** What deleting `request.edit` would change, in document `seq`. */
  | { readonly type: 'preview'; readonly seq: number; readonly request: DeletionRequest }
  /**
   * The findings and matrix of document `seq`, asked for once the page has taken its lines
   * and laid out what it opens: on two cores, working them out slows the page's layout.
   */
  | { readonly type: 'tables'; readonly seq: number }
  /** The Traffic table of document `seq` (its tab is open on a large design). */
  | { readonly type: 'traffic'; readonly seq: number };

export type DeriveReply =
  /** Some of the lines of document `seq`, in order; their head comes after the last part. */
  | { readonly type: 'linesPart'; readonly seq: number; readonly groups: readonly SentLine[] }
  | { readonly type: 'lines'; readonly seq: number; readonly lines: LinesHead }
  /** What document `seq` changed since the one before, when the page has its lines (`known`). */
  | { readonly type: 'changes'; readonly seq: number; readonly changes: DerivedLines['changes'] }
  /** Some of the findings or one port's matrix of document `seq`; their head comes after the last part. */
  | { readonly type: 'tablesPart'; readonly seq: number; readonly part: TablesPart }
  | { readonly type: 'tables'; readonly seq: number; readonly tables: TablesHead }
  | {
      readonly type: 'paths';
      readonly seq: number;
      readonly id: string;
      readonly paths: SentPaths;
    }
  | {
      readonly type: 'samples';
      readonly seq: number;
      readonly id: string;
      readonly samples: readonly FlowCheck[];
    }
  | {
      readonly type: 'comparison';
      readonly seq: number;
      readonly token: number;
      readonly result: ComparisonResult;
    }
  | { readonly type: 'proposal'; readonly ask: number; readonly result: ProposalResult }
  | {
      readonly type: 'proposalChanges';
      readonly ask: number;
      readonly changes: ProposalChanges | null;
    }
  | {
      readonly type: 'preview';
      readonly seq: number;
      readonly key: string;
      readonly preview: DeletionPreview;
    }
  /** Some of the rows of the Traffic table of document `seq`; their head comes after the last part. */
  | {
      readonly type: 'trafficPart';
      readonly seq: number;
      readonly rows: readonly TrafficRowShown[];
    }
  | { readonly type: 'traffic'; readonly seq: number; readonly table: TrafficHead }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };

/** One end of a channel to a derivation worker. */
export interface DerivePort {
  post: (request: DeriveRequest) => void;
  stop: () => void;
}
