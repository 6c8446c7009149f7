import { describe, expect, it } from 'vitest';
import { card } from './routeCrossings.testkit';
import { edgeRoutes } from './edgeRoutes';
import type { RouteEdge } from './edgeRoutes';
import { FAN_LEAST } from './labelFans';
import { LABEL_FIRST } from './labelOrder';
import { distance } from './rectGeometry';

const line = (source: string, target: string, label = 'all ports'): RouteEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  offset: 0,
  label,
});

// Online Boutique's fan: each workload of a column, far right of "Anywhere", reaches it.
const anywhere = card('any', 0, 0);
const column = (n: number) =>
  Array.from({ length: n }, (_, i) => card(`w${String(i)}`, 700, i * 200));
const end = { x: 236, y: 56 };

describe('a fan of lines into one card whose labels say the same', () => {
  const workloads = column(6);
  const lines = workloads.map((w) => line(w.id, 'any'));
  const routes = edgeRoutes([anywhere, ...workloads], lines);
  const labelled = lines.filter((l) => routes.get(l.id)?.label !== null);

  it('says it once, not once a line', () => {
    expect(labelled).toHaveLength(1);
  });

  it('says it near the end they share, where they run together', () => {
    const spot = routes.get(labelled[0]?.id ?? '')?.label;
    expect(spot).toBeDefined();
    expect(distance(spot ?? { x: 1e6, y: 1e6 }, end)).toBeLessThan(160);
  });

  it('names the line whose label is read for each of its lines', () => {
    const head = labelled[0]?.id;
    for (const l of lines) expect(routes.get(l.id)?.fan, l.id).toBe(head);
  });
});

describe('lines into one card that are not a fan', () => {
  it(`fewer than ${String(FAN_LEAST)} each say their label (three tiers' lines into DNS)`, () => {
    const workloads = column(FAN_LEAST - 1);
    const lines = workloads.map((w) => line(w.id, 'any', 'TCP 53, UDP 53'));
    const routes = edgeRoutes([anywhere, ...workloads], lines);
    for (const l of lines) {
      expect(routes.get(l.id)?.label, l.id).not.toBeNull();
      expect(routes.get(l.id)?.fan).toBeUndefined();
    }
  });

  it('saying different things each say their own', () => {
    const workloads = column(6);
    const lines = workloads.map((w, i) => line(w.id, 'any', `TCP ${String(8000 + i)}`));
    const routes = edgeRoutes([anywhere, ...workloads], lines);
    expect(lines.filter((l) => routes.get(l.id)?.label !== null)).toHaveLength(6);
  });

  it('emphasised by a lesson step or an edit each say their own', () => {
    const workloads = column(6);
    const lines = workloads.map((w) => ({ ...line(w.id, 'any'), turn: LABEL_FIRST }));
    const routes = edgeRoutes([anywhere, ...workloads], lines);
    expect(lines.filter((l) => routes.get(l.id)?.label !== null)).toHaveLength(6);
  });
});
