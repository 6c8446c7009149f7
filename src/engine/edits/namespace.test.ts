import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import {
  FROM_PROD_API_POD,
  dbPolicyWith,
  threeTierForEdits,
} from '../__fixtures__/clusters/threeTierEdits';
import { applyEdit } from './applyEdit';

const DB_POLICY = dbPolicyWith({
  from: [
    FROM_PROD_API_POD,
    {
      namespaceSelector: {
        matchExpressions: [
          { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['prod', 'dev'] },
          { key: 'team', operator: 'In', values: ['prod'] },
        ],
      },
    },
    { namespaceSelector: { matchLabels: { name: 'prod' } } },
  ],
});

const base = (): Doc => threeTierForEdits(DB_POLICY);

describe('when namespaces are edited', () => {
  it('adds one labelled with its name', () => {
    const next = applyEdit(base(), { type: 'addNamespace', name: 'shop', labels: { team: 'a' } });
    expect(next.namespaces.at(-1)).toEqual({
      name: 'shop',
      labels: { team: 'a', 'kubernetes.io/metadata.name': 'shop' },
    });
  });

  it('keeps the name label whatever labels are set', () => {
    const next = applyEdit(base(), {
      type: 'setNamespaceLabels',
      name: 'prod',
      labels: { env: 'p' },
    });
    expect(next.namespaces[0]?.labels).toEqual({ env: 'p', 'kubernetes.io/metadata.name': 'prod' });
  });

  it('removes its workloads and policies with it', () => {
    const next = applyEdit(base(), { type: 'removeNamespace', name: 'dev' });
    expect(next.namespaces.map((n) => n.name)).toEqual(['prod', 'test']);
    expect(next.workloads.some((w) => w.namespace === 'dev')).toBe(false);
    expect(next.policies.map((p) => p.metadata.name)).toEqual(['db-policy', 'api-policy']);
  });

  it('renames its workloads, its policies, and selectors naming it by kubernetes.io/metadata.name', () => {
    const doc = base();
    const next = applyEdit(doc, { type: 'renameNamespace', name: 'prod', newName: 'live' });
    expect(next.namespaces[0]).toEqual({
      name: 'live',
      labels: { name: 'prod', 'kubernetes.io/metadata.name': 'live' },
    });
    expect(next.workloads.filter((w) => w.namespace === 'live')).toHaveLength(3);
    expect(next.policies[0]?.metadata.namespace).toBe('live');
    expect(next.policies[0]?.spec.ingress?.[0]?.from).toEqual([
      {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'live' } },
        podSelector: { matchLabels: { name: 'api-pod' } },
      },
      {
        namespaceSelector: {
          matchExpressions: [
            { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['live', 'dev'] },
            { key: 'team', operator: 'In', values: ['prod'] },
          ],
        },
      },
      { namespaceSelector: { matchLabels: { name: 'prod' } } },
    ]);
    expect(next.policies[2]).toBe(doc.policies[2]);
  });
});

describe('when a namespace with a Service is edited', () => {
  const service = {
    namespace: 'prod',
    name: 'web',
    selector: { role: 'web' },
    ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' as const }],
  };
  const withService = (): Doc => ({ ...base(), services: [service] });

  it('moves the Service with a renamed namespace', () => {
    const next = applyEdit(withService(), {
      type: 'renameNamespace',
      name: 'prod',
      newName: 'live',
    });
    expect(next.services).toEqual([{ ...service, namespace: 'live' }]);
  });

  it('removes the Service with its namespace', () => {
    const next = applyEdit(withService(), { type: 'removeNamespace', name: 'prod' });
    expect(next.services).toEqual([]);
  });
});
