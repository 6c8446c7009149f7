/**
 * Everything the page derives from a document, as pure functions of the
 * document and its compiled index: the lines of the canvas (flows, their
 * groups, each workload's isolation) and the tables (findings, the
 * reachability matrix). The derivation worker runs them off the main thread
 * (`store/worker`); without a worker (unit tests, Node, a worker that failed)
 * the selectors run the same functions in place. The results are plain data
 * (no functions, no class instances), so they cross `postMessage` unchanged.
 */
import type {
  Evaluated,
  Finding,
  Flow,
  FlowCheck,
  FlowVerdicts,
  FlowEnd,
  NodePaths,
  PolicyIndex,
  VerdictChange,
} from '../../engine';
import { deriveFlows, findFindings, pathsOf, verdictChanges } from '../../engine';
import { nodeEndParse } from '../ids';
import type { Doc, PodKey } from '../../model';
import type { CollapsedSummaries } from '../collapse/collapseLines';
import { collapseLines } from '../collapse/collapseLines';
import type { FlowGroup } from './flowGroups';
import { flowGroupsOf } from './flowGroups';
import type { MatrixData } from './reachMatrix';
import { matrixDataOf } from './reachMatrix';
import { virtualEndsOf } from './virtualEnds';
import { findingCountsOf } from './findingCounts';

/** Whether some policy isolates a workload for ingress, for egress. */
export interface Isolation {
  readonly ingress: boolean;
  readonly egress: boolean;
}

/** What the canvas draws: the flows of the rules, one group per line, and isolation badges. */
export interface DerivedLines {
  readonly flows: readonly Flow[];
  /** As the policies say (the network plugin's enforcement is applied when they are read). */
  readonly groups: readonly FlowGroup[];
  readonly isolation: ReadonlyMap<PodKey, Isolation>;
  /** The connections whose verdict flipped since the document derived before ("what changed"). */
  readonly changes: readonly VerdictChange[];
  /**
   * The lines summarised for the namespaces collapsed on the page, worked out
   * by the derivation worker (absent when derived in place).
   */
  readonly summaries?: CollapsedSummaries;
  /**
   * The ends of the lines that are no node of the model (`virtualEndsOf`),
   * worked out by the derivation worker (absent when derived in place).
   */
  readonly virtualEnds?: readonly FlowEnd[];
}

/** What the side tables show: the findings and the reachability matrix; each node's badge. */
export interface DerivedTables {
  readonly findings: readonly Finding[];
  /** How many findings apply to each canvas node (`findingCountsOf`). */
  readonly findingCounts: ReadonlyMap<string, number>;
  readonly matrix: MatrixData;
}

export function isolationOf(index: PolicyIndex): ReadonlyMap<PodKey, Isolation> {
  const map = new Map<PodKey, Isolation>();
  index.pods.forEach((key, i) => {
    map.set(key, {
      ingress: (index.ingress.groupOf[i] ?? -1) >= 0,
      egress: (index.egress.groupOf[i] ?? -1) >= 0,
    });
  });
  return map;
}

/** Above this many workloads, "what changed" is not worked out after each edit (it compares every pair). */
export const CHANGES_WORKLOAD_LIMIT = 200;

/** Whether "what changed" is worked out for `doc` (see `CHANGES_WORKLOAD_LIMIT`). */
export function changesWorkedOut(doc: Pick<Doc, 'workloads'>): boolean {
  return doc.workloads.length <= CHANGES_WORKLOAD_LIMIT;
}

/** The connections whose verdict flipped from `before` to `after`; none for a large design. */
export function changesOf(before: Evaluated | null, after: Evaluated): readonly VerdictChange[] {
  if (before === null || before.doc === after.doc) return [];
  return changesWorkedOut(before.doc) && changesWorkedOut(after.doc)
    ? verdictChanges(before, after)
    : [];
}

/**
 * The lines of `doc`; `before`, the document derived before it, for what changed; `verdicts`,
 * kept across documents (`createFlowVerdicts`), lends lines the verdicts an edit left alone.
 */
export function deriveLines(
  doc: Doc,
  index: PolicyIndex,
  before: Evaluated | null = null,
  verdicts?: FlowVerdicts,
): DerivedLines {
  const flows = deriveFlows(doc, index, verdicts);
  return {
    flows,
    groups: flowGroupsOf(flows),
    isolation: isolationOf(index),
    changes: changesOf(before, { doc, index }),
  };
}

/**
 * The lines as the derivation worker sends them: each flow without its
 * sample (the checked connection and its explanation), which is most of
 * their size (on a 2,000-workload dump 33 MB of 40, 0.2 s to copy across).
 * The worker keeps them; a line's are sent when it is opened (`lineSamplesOf`).
 */
export function linesWithoutSamples(lines: DerivedLines): DerivedLines {
  const flows = lines.flows.map((f): Flow => (f.sample === null ? f : { ...f, sample: null }));
  return { ...lines, flows, groups: flowGroupsOf(flows) };
}

/**
 * The lines with their summaries for the namespaces `collapsed`, worked out
 * by the derivation worker so that the page only reads them (a dump's 12,000
 * lines took 30-40 ms of the page's main thread to summarise). The summaries
 * hold the lines themselves: one message copies each line once.
 */
export function linesSummarised(lines: DerivedLines, collapsed: readonly string[]): DerivedLines {
  const summaries = { collapsed, lines: collapseLines(lines.groups, new Set(collapsed)) };
  return { ...lines, summaries };
}

/**
 * The lines as the derivation worker sends them to the page: without their
 * samples, summarised for the namespaces `collapsed`, with their far ends
 * (`virtualEndsOf`), so that the page reads none of its 12,000 lines for them.
 */
export function linesForPage(lines: DerivedLines, collapsed: readonly string[]): DerivedLines {
  const summarised = linesSummarised(linesWithoutSamples(lines), collapsed);
  return { ...summarised, virtualEnds: virtualEndsOf(summarised.groups) };
}

/** The checked connections (with their explanations) of line `id`, one per flow that has one. */
export function lineSamplesOf(lines: DerivedLines, id: string): readonly FlowCheck[] {
  const group = lines.groups.find((g) => g.id === id);
  return (group?.flows ?? []).flatMap((f) => (f.sample === null ? [] : [f.sample]));
}

export function deriveTables(doc: Doc, index: PolicyIndex): DerivedTables {
  const findings = findFindings(doc, index);
  return { findings, findingCounts: findingCountsOf(findings), matrix: matrixDataOf(doc, index) };
}

/** The paths of a focused node (what the Inspector lists and the canvas draws around it). */
export interface DerivedPaths {
  /** The canvas node id. */
  readonly id: string;
  readonly paths: NodePaths;
}

/** The checked connections of an opened line (`lineSamplesOf`), by its edge id. */
export interface DerivedSamples {
  readonly id: string;
  readonly samples: readonly FlowCheck[];
}

export const NO_PATHS: NodePaths = { inbound: [], outbound: [] };

/**
 * Every path in and out of a workload, an external endpoint, anywhere or an IP block's card
 * (`id`), per port; none for others.
 */
export function derivePaths(doc: Doc, index: PolicyIndex, id: string): NodePaths {
  const ref = nodeEndParse(id);
  if (ref === null || ref.kind === 'namespace') return NO_PATHS;
  return pathsOf(doc, index, ref);
}
