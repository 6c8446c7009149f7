import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../model';
import type { Doc, NetworkPolicy, Workload } from '../model';
import { parseFiles } from './parse';
import { serializeDocument, serializePolicies } from './serialize';

const DB_POLICY: NetworkPolicy = {
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  spec: {
    egress: [
      {
        ports: [{ port: 80, protocol: 'TCP' }],
        to: [{ ipBlock: { except: ['192.168.5.0/30'], cidr: '192.168.5.0/24' } }],
      },
    ],
    ingress: [
      {
        ports: [{ endPort: 3310, port: 3306 }],
        from: [
          {
            namespaceSelector: { matchLabels: { name: 'prod' } },
            podSelector: {
              matchExpressions: [{ values: ['api-pod'], operator: 'In', key: 'name' }],
              matchLabels: { z: 'on', a: 'yes' },
            },
          },
        ],
      },
    ],
    podSelector: { matchLabels: { role: 'db' } },
  },
  metadata: {
    annotations: { note: 'x' },
    labels: { version: '1.0' },
    namespace: 'prod',
    name: 'db-policy',
  },
};

describe('when policies are exported', () => {
  it('writes kubectl key order, defaults written out and YAML 1.1 strings quoted', () => {
    expect(serializePolicies({ ...EMPTY_DOC, policies: [DB_POLICY] }))
      .toBe(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-policy
  namespace: prod
  labels:
    version: '1.0'
  annotations:
    note: x
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              a: 'yes'
              z: 'on'
            matchExpressions:
              - key: name
                operator: In
                values:
                  - api-pod
          namespaceSelector:
            matchLabels:
              name: prod
      ports:
        - protocol: TCP
          port: 3306
          endPort: 3310
  egress:
    - to:
        - ipBlock:
            cidr: 192.168.5.0/24
            except:
              - 192.168.5.0/30
      ports:
        - protocol: TCP
          port: 80
`);
  });

  it('separates policies with ---', () => {
    const other = {
      ...DB_POLICY,
      metadata: { name: 'b', namespace: 'default' },
      spec: { podSelector: {}, policyTypes: ['Egress' as const] },
    };
    const text = serializePolicies({ ...EMPTY_DOC, policies: [other, other] });
    expect(text.split('---\n')).toHaveLength(2);
    expect(text).toContain(
      'metadata:\n  name: b\n  namespace: default\nspec:\n  podSelector: {}\n  policyTypes:\n    - Egress\n---\n',
    );
  });

  it('writes nothing for a document without policies', () => {
    expect(serializePolicies(EMPTY_DOC)).toBe('');
  });

  it('gives the same bytes for the same document', () => {
    const doc = { ...EMPTY_DOC, policies: [DB_POLICY] };
    expect(serializePolicies(structuredClone(doc))).toBe(serializePolicies(doc));
  });
});

const WEB: Workload = {
  namespace: 'prod',
  name: 'web',
  kind: 'Deployment',
  labels: { role: 'web' },
  ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
  ips: ['10.0.0.1', '10.0.0.2'],
};

describe('when the whole design is exported', () => {
  const doc: Doc = {
    namespaces: [{ name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod', name: 'prod' } }],
    workloads: [
      WEB,
      {
        namespace: 'prod',
        name: 'db.primary',
        kind: 'Pod',
        labels: {},
        ports: [],
        ips: ['10.0.0.9'],
      },
      {
        namespace: 'prod',
        name: 'nightly',
        kind: 'CronJob',
        labels: { job: 'n' },
        ports: [],
        ips: [],
      },
    ],
    externals: [
      { name: 'backup server', cidr: '192.168.5.10/32' },
      { name: 'Backup Server', cidr: '192.168.5.11' },
      { name: 'dns', cidr: '8.8.8.8' },
    ],
    policies: [DB_POLICY],
  };
  const text = serializeDocument(doc);
  const objects = text.split('---\n');

  it('writes namespaces, workloads, external endpoints, then policies', () => {
    expect(objects.map((object) => /^kind: (\w+)$/m.exec(object)?.[1])).toEqual([
      'Namespace',
      'Deployment',
      'Pod',
      'CronJob',
      'ExternalEndpoint',
      'ExternalEndpoint',
      'ExternalEndpoint',
      'NetworkPolicy',
    ]);
  });

  it('leaves out the automatic namespace label', () => {
    expect(objects[0]).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels:\n    name: prod\n',
    );
  });

  it('writes a controller with a selector, a pod template and its IPs in an annotation', () => {
    expect(objects[1]).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  annotations:
    netpol-canvas.dev/pod-ips: 10.0.0.1,10.0.0.2
spec:
  selector:
    matchLabels:
      role: web
  template:
    metadata:
      labels:
        role: web
    spec:
      containers:
        - name: web
          image: registry.k8s.io/pause:3.10
          ports:
            - name: http
              containerPort: 80
              protocol: TCP
`);
  });

  it('writes a Pod with its IPs in status, and a valid container name', () => {
    expect(objects[2]).toContain('containers:\n    - name: main\n');
    expect(objects[2]).toContain('status:\n  podIP: 10.0.0.9\n  podIPs:\n    - ip: 10.0.0.9\n');
  });

  it('writes a CronJob through its job template', () => {
    expect(objects[3]).toContain(
      "spec:\n  schedule: '@daily'\n  jobTemplate:\n    spec:\n      template:\n",
    );
  });

  it('gives external endpoints distinct slugs, keeping the names in an annotation', () => {
    expect(objects.slice(4, 7).map((object) => /^ {2}name: (.+)$/m.exec(object)?.[1])).toEqual([
      'backup-server',
      'backup-server-2',
      'dns',
    ]);
    expect(objects[6]).not.toContain('annotations');
  });

  it('imports back to the same document', () => {
    const result = parseFiles([{ name: 'all.yaml', text }]);
    expect(result.ok && result.doc).toEqual({
      ...doc,
      policies: [
        {
          ...DB_POLICY,
          spec: {
            ...DB_POLICY.spec,
            policyTypes: ['Ingress', 'Egress'],
            ingress: [
              {
                ...DB_POLICY.spec.ingress?.[0],
                ports: [{ protocol: 'TCP', port: 3306, endPort: 3310 }],
              },
            ],
          },
        },
      ],
    });
  });
});
