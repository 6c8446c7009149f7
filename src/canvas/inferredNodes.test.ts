import { describe, expect, it } from 'vitest';
import { withInferred } from '../engine';
import { docOf, namespaceOf, policyOf } from '../engine/__fixtures__/docBuilder';
import type { NamespaceFlowNode, WorkloadFlowNode } from './reactFlowTypes';
import { toFlowNodes } from './toFlowNodes';

const doc = withInferred(
  docOf({
    namespaces: [namespaceOf('monitoring')],
    policies: [
      policyOf('monitoring/grafana', {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'grafana' } },
        policyTypes: ['Ingress'],
      }),
    ],
  }),
);

describe('when a namespace of policies without pods is drawn', () => {
  const nodes = toFlowNodes({
    doc,
    positions: {},
    isolation: new Map(),
    highlighted: new Set(),
    selectedId: null,
  });

  it('draws the inferred pod in its namespace, marked with what it stands for', () => {
    const node = nodes.find((n) => n.id === 'workload:monitoring/grafana') as WorkloadFlowNode;
    expect(node.parentId).toBe('namespace:monitoring');
    expect(node.data.inferred).toEqual({
      text: 'pods with app.kubernetes.io/name=grafana',
      short: 'pods with …/name=grafana',
    });
  });

  it('no longer says the namespace is empty, but that its pods are inferred', () => {
    const box = nodes.find((n) => n.id === 'namespace:monitoring') as NamespaceFlowNode;
    expect(box.data.empty).toBeUndefined();
    expect(box.data.inferred).toBe(true);
  });
});
