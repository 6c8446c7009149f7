/**
 * The reachability matrix: rows are sources, columns destinations, and a cell
 * says whether all, some or none of the destination's ports may be reached.
 *
 * A cell checks the same ports as the destination's paths (`pathsOf`): a
 * workload's container ports; for an external endpoint, the numeric ports of
 * the egress rules that can reach it; every port for a workload that
 * declares none. So a cell and the explanation shown when it is clicked
 * always agree. Pod-to-pod answers come from one
 * `buildMatrix` per declared port; a pair with an end outside the cluster is
 * checked with `isTrafficAllowed`.
 */
import type { Endpoint, Matrix, PolicyIndex } from '../../engine';
import { buildMatrix, declaredPorts, externalPorts, ipRangeParse } from '../../engine';
import type { Doc, Labels, Protocol } from '../../model';
import { PROTOCOLS, podKeyOf } from '../../model';
import type { NodeId } from '../ids';
import { nodeIdOf } from '../ids';

export interface PortRef {
  readonly port: number;
  readonly protocol: Protocol;
}

/** One row and column: a workload, or an external endpoint with a parsable address. */
export interface MatrixNode {
  /** The canvas node id (`workload:prod/web`, `external:backup server`). */
  readonly id: NodeId;
  /** `prod/web`, or the endpoint's name. */
  readonly label: string;
  /** The workload's namespace; null for an endpoint outside the cluster. */
  readonly namespace: string | null;
  /** `web`, or the endpoint's name. */
  readonly name: string;
  /** A pod inferred from the policies (`inferWorkloads`): its name is marked so wherever it is written. */
  readonly inferred: boolean;
  /** The workload's pod labels (none for an external endpoint): what a text filter also reads. */
  readonly labels: Labels;
  readonly kind: 'workload' | 'external';
  readonly endpoint: Endpoint;
  /** Index into the matrices' pods; null for an external endpoint. */
  readonly pod: number | null;
  /** The ports connections to it are checked on, sorted. */
  readonly ports: readonly PortRef[];
}

/** The matrix as data (what the derivation worker sends): its nodes, ports and one matrix per port. */
export interface MatrixData {
  /** Workloads grouped by namespace (in the document's namespace order), then external endpoints. */
  readonly nodes: readonly MatrixNode[];
  /** Every port some destination is checked on, sorted: the choices of the port filter. */
  readonly ports: readonly PortRef[];
  /** One all-pairs matrix per declared container port, by `portKey`. */
  readonly matrices: ReadonlyMap<string, Matrix>;
}

/** The matrix with the compiled document, which answers the cells with an end outside the cluster. */
export interface ReachMatrix extends MatrixData {
  readonly index: PolicyIndex;
  /** false when the network plugin does not enforce the policies: every cell is allowed. */
  readonly enforced?: boolean;
}

/** A node's name as words write it: `app-web (inferred)` for a pod inferred from the policies. */
export function matrixNodeName(node: MatrixNode): string {
  return node.inferred ? `${node.name} (inferred)` : node.name;
}

/** `TCP/3306` */
export function portKey(p: PortRef): string {
  return `${p.protocol}/${p.port}`;
}

function portsSorted(ports: readonly PortRef[]): PortRef[] {
  const seen = new Map(ports.map((p) => [portKey(p), { port: p.port, protocol: p.protocol }]));
  return [...seen.values()].sort(
    (a, b) => a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol),
  );
}

const NO_LABELS: Labels = {};

function workloadNodes(doc: Doc, index: PolicyIndex): MatrixNode[] {
  const order = new Map(doc.namespaces.map((n, i) => [n.name, i]));
  const rank = (namespace: string) => order.get(namespace) ?? order.size;
  const nodes: { node: MatrixNode; rank: number }[] = [];
  for (const w of doc.workloads) {
    const pod = index.podIndex(podKeyOf(w.namespace, w.name));
    if (pod === undefined) continue;
    const node: MatrixNode = {
      id: nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }),
      label: `${w.namespace}/${w.name}`,
      namespace: w.namespace,
      name: w.name,
      inferred: w.inferred !== undefined,
      labels: w.labels,
      kind: 'workload',
      endpoint: { kind: 'pod', key: podKeyOf(w.namespace, w.name) },
      pod,
      ports: portsSorted(w.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol }))),
    };
    nodes.push({ node, rank: rank(w.namespace) });
  }
  return nodes.sort((a, b) => a.rank - b.rank).map((n) => n.node);
}

/** The matrix of a document (compiled into `index`): its nodes and one matrix per declared port. */
export function reachMatrixOf(doc: Doc, index: PolicyIndex): ReachMatrix {
  return { ...matrixDataOf(doc, index), index };
}

/** The matrix of a document as data: its nodes and one matrix per declared port. */
export function matrixDataOf(doc: Doc, index: PolicyIndex): MatrixData {
  const externals = doc.externals
    .filter((e) => ipRangeParse(e.cidr) !== null)
    .map((e): MatrixNode => ({
      id: nodeIdOf({ kind: 'external', name: e.name }),
      label: e.name,
      namespace: null,
      name: e.name,
      inferred: false,
      labels: NO_LABELS,
      kind: 'external',
      endpoint: { kind: 'ip', ip: e.cidr },
      pod: null,
      ports: portsSorted(externalPorts(doc, e)),
    }));
  const nodes = [...workloadNodes(doc, index), ...externals];
  const matrices = new Map<string, Matrix>();
  for (const p of declaredPorts(doc)) {
    matrices.set(portKey(p), buildMatrix(index, p.port, p.protocol));
  }
  return { nodes, ports: portsSorted(nodes.flatMap((n) => n.ports)), matrices };
}
