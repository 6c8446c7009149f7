/**
 * `reach --output dot`: the allowed connections as a Graphviz graph (`dot -Tsvg`). Each
 * namespace is a cluster holding its workloads; an edge A → B means A may open connections
 * to B, labelled with the ports on which it may, each written as the canvas writes a port
 * (`TCP 80, TCP 443, UDP 53`).
 * Blocked pairs have no edge, and a workload's connections to itself are left out. With
 * `--focus W` only W, its edges and the workloads at their other ends remain.
 */
import type { Protocol } from '../../model';
import type { TextSink } from '../context';
import type { ReachResults } from './results';
import { matrixAllows, portText } from '../../engine';

interface EdgePort {
  readonly protocol: Protocol;
  readonly port: number;
}

/** A DOT quoted ID: quotes and backslashes escaped, control characters as spaces. */
export function dotId(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The ports of each allowed pair (`from * n + to`), in the order of the results. */
function edgePorts(results: ReachResults): Map<number, EdgePort[]> {
  const n = results.pods.length;
  const edges = new Map<number, EdgePort[]>();
  for (let i = 0; i < results.count; i++) {
    const matrix = results.matrixAt(i);
    for (let from = 0; from < n; from++) {
      for (let to = 0; to < n; to++) {
        if (from === to || !matrixAllows(matrix, from, to)) continue;
        if (results.focus !== null && from !== results.focus && to !== results.focus) continue;
        const pair = from * n + to;
        const ports = edges.get(pair) ?? [];
        edges.set(pair, ports);
        ports.push({ protocol: matrix.protocol, port: matrix.port });
      }
    }
  }
  return edges;
}

function portsLabel(ports: readonly EdgePort[]): string {
  return ports.map((p) => portText(p)).join(', ');
}

/** The workloads drawn, grouped by namespace in document order. */
function clusters(
  results: ReachResults,
  edges: ReadonlyMap<number, unknown>,
): Map<string, number[]> {
  const n = results.pods.length;
  const shown = new Set<number>();
  if (results.focus === null) results.pods.forEach((_p, i) => shown.add(i));
  else {
    shown.add(results.focus);
    for (const pair of edges.keys()) shown.add(Math.floor(pair / n)).add(pair % n);
  }
  const byNamespace = new Map<string, number[]>();
  results.pods.forEach((pod, i) => {
    if (!shown.has(i)) return;
    const namespace = pod.slice(0, pod.indexOf('/'));
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), i]);
  });
  return byNamespace;
}

export async function reachDotWrite(sink: TextSink, results: ReachResults): Promise<void> {
  const { pods } = results;
  const n = pods.length;
  const edges = edgePorts(results);
  const lines = ['digraph reach {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  for (const [namespace, members] of clusters(results, edges)) {
    lines.push(`  subgraph ${dotId(`cluster_${namespace}`)} {`, `    label=${dotId(namespace)};`);
    for (const i of members) {
      const pod = pods[i] ?? '';
      lines.push(`    ${dotId(pod)} [label=${dotId(pod.slice(pod.indexOf('/') + 1))}];`);
    }
    lines.push('  }');
  }
  await sink.write(`${lines.join('\n')}\n`);
  const pairs = [...edges.keys()].sort((a, b) => a - b);
  for (let start = 0; start < pairs.length; start += 1000) {
    const chunk = pairs.slice(start, start + 1000).map((pair) => {
      const from = pods[Math.floor(pair / n)] ?? '';
      const to = pods[pair % n] ?? '';
      return `  ${dotId(from)} -> ${dotId(to)} [label=${dotId(portsLabel(edges.get(pair) ?? []))}];`;
    });
    await sink.write(`${chunk.join('\n')}\n`);
  }
  await sink.write('}\n');
}
