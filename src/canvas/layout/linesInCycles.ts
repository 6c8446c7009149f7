/**
 * Lines that order the cards of a box from left to right. A layered layout
 * puts the source of every line left of its target; lines that go round in a
 * cycle cannot all do that, and ELK breaks the cycle by turning lines around
 * until every card has a column of its own along one long chain. In a real
 * namespace the web tier often reaches itself (a policy that allows its
 * pods from each other): on a generated 250-workload design, eight web
 * workloads that all reach each other took eight columns, scattered over a
 * box 3,000 px wide. Cards that reach each other, directly or round a cycle,
 * are peers: the lines among them are left out of the layout (they are still
 * drawn), so that they share a column, and the other lines still run left to
 * right.
 */
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api';

/** For each card, the index of its strongly connected component (Tarjan's algorithm). */
function componentsOf(edges: readonly ElkExtendedEdge[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    for (const s of e.sources) next.set(s, [...(next.get(s) ?? []), ...e.targets]);
  }
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let count = 0;
  const visit = (id: string) => {
    order.set(id, order.size);
    low.set(id, order.size - 1);
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      if (!order.has(to)) {
        visit(to);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(to) ?? 0));
      } else if (!component.has(to)) {
        low.set(id, Math.min(low.get(id) ?? 0, order.get(to) ?? 0));
      }
    }
    if (low.get(id) !== order.get(id)) return;
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      component.set(top, count);
      if (top === id) break;
    }
    count += 1;
  };
  for (const id of next.keys()) if (!order.has(id)) visit(id);
  return component;
}

/** `edges` without those whose two ends reach each other (round a cycle). */
export function edgesOutsideCycles(edges: readonly ElkExtendedEdge[]): ElkExtendedEdge[] {
  const component = componentsOf(edges);
  return edges.filter((e) =>
    e.sources.every((s) => e.targets.every((t) => component.get(s) !== component.get(t))),
  );
}
