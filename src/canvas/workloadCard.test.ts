import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../engine/__fixtures__/clusters/threeTier';
import { elkGraphOf } from './layout/elkGraph';
import { NAMESPACE_INSET, WORKLOAD_SIZE } from './layoutGeometry';
import { toFlowNodes } from './toFlowNodes';
import { presentedCardType, workloadCardSize, workloadKindText } from './workloadCard';

const INFERRED = 'inferred from policies';

describe('a workload card', () => {
  it('is the usual size when its name and kind share a line', () => {
    expect(workloadCardSize({ name: 'web', kind: 'Deployment', services: false })).toBe(
      WORKLOAD_SIZE,
    );
    expect(workloadCardSize({ name: 'app-frontend', kind: INFERRED, services: false })).toBe(
      WORKLOAD_SIZE,
    );
  });

  it('grows by a line when its name wraps onto two (Online Boutique’s inferred names)', () => {
    const card = workloadCardSize({
      name: 'app-recommendationservice',
      kind: INFERRED,
      services: false,
    });
    expect(card.width).toBe(WORKLOAD_SIZE.width);
    expect(card.height).toBeGreaterThanOrEqual(WORKLOAD_SIZE.height + 6);
  });

  it('grows again for the line of its Services', () => {
    const text = {
      name: 'prometheus-kube-prometheus-stack-operator-server',
      kind: 'Deployment · 3 replicas',
    };
    const without = workloadCardSize({ ...text, services: false });
    const withServices = workloadCardSize({ ...text, services: true });
    expect(withServices.height).toBe(without.height + 17);
  });

  it('says what it is: its kind, with its replicas when known, or that it is inferred', () => {
    expect(workloadKindText({ kind: 'Deployment' })).toBe('Deployment');
    expect(workloadKindText({ kind: 'Deployment', replicas: 3 })).toBe('Deployment · 3 replicas');
    expect(workloadKindText({ kind: 'Pod', inferred: {} })).toBe(INFERRED);
  });
});

describe('a card taller than usual', () => {
  const three = threeTierCluster([]);
  const doc = {
    ...three,
    workloads: three.workloads.map((w) =>
      w.name === 'api' ? { ...w, name: 'payment-gateway-adapter-for-external-card-processor' } : w,
    ),
  };
  const id = 'workload:prod/payment-gateway-adapter-for-external-card-processor';
  const expected = workloadCardSize({
    name: 'payment-gateway-adapter-for-external-card-processor',
    kind: 'Deployment',
    services: false,
  });

  it('is laid out at its height', () => {
    expect(expected.height).toBeGreaterThan(WORKLOAD_SIZE.height);
    const graph = elkGraphOf({ doc, groups: [], virtualEnds: [] });
    const box = graph.children?.find((n) => n.id === 'namespace:prod');
    expect(box?.children?.find((c) => c.id === id)).toMatchObject(expected);
  });

  it('is drawn at its height, in a box that holds it whole', () => {
    const nodes = toFlowNodes({
      doc,
      positions: {},
      isolation: new Map(),
      highlighted: new Set(),
      selectedId: null,
    });
    const card = nodes.find((n) => n.id === id);
    expect(card).toMatchObject({ height: expected.height, measured: expected });
    const box = nodes.find((n) => n.id === 'namespace:prod');
    const bottom = (card?.position.y ?? 0) + expected.height + NAMESPACE_INSET.bottom;
    expect(box?.height).toBeGreaterThanOrEqual(bottom);
  });
});

describe('a workload card presented at full zoom', () => {
  it('keeps the 20 px name and 12.5 px small print when its height holds them', () => {
    expect(presentedCardType({ name: 'web', kind: 'Deployment', services: false })).toEqual({
      name: 20,
      small: 12.5,
    });
  });

  it('draws a name that wraps smaller, within the height the layout gave the card', () => {
    // Cut at the bottom when presented at 20 px (the badges below the card): argocd, gardener,
    // Online Boutique's inferred names.
    for (const name of [
      'name-argocd-application-controller',
      'app-gardener-resource-manager',
      'app-recommendationservice',
      'prometheus-kube-prometheus-stack-operator-server',
    ]) {
      for (const services of [false, true]) {
        const card = { name, kind: INFERRED, services };
        const type = presentedCardType(card);
        expect(type.name, name).toBeLessThan(20);
        expect(type.name, name).toBeGreaterThanOrEqual(Math.min(14, 554 / name.length));
        expect(type.small, name).toBeGreaterThanOrEqual(11);
      }
    }
  });

  it('is never smaller than at the desk', () => {
    for (const name of ['a', 'frontend', 'app-checkoutservice', 'x'.repeat(60)]) {
      const type = presentedCardType({ name, kind: 'Deployment · 3 replicas', services: true });
      expect(type.name).toBeGreaterThanOrEqual(Math.min(14, 554 / name.length));
      expect(type.small).toBeGreaterThanOrEqual(11);
    }
  });
});
