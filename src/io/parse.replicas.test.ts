import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docOf, issuesOf, parse } from './__fixtures__/parseText';
import { serializeDocument } from './serialize';

const LIVE_DUMP = readFileSync(new URL('./__fixtures__/live-dump.yaml', import.meta.url), 'utf8');

/** A Pod of a live dump, made by `owner` (`Kind/name`) unless it is undefined. */
function pod(
  name: string,
  labels: string,
  extra: { owner?: string; generateName?: string; ip?: string; port?: number } = {},
): string {
  const [kind, ownerName] = extra.owner?.split('/') ?? [];
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: x
  labels: {${labels}}
${extra.generateName === undefined ? '' : `  generateName: ${extra.generateName}\n`}${
    kind === undefined
      ? ''
      : `  ownerReferences: [{apiVersion: apps/v1, kind: ${kind}, name: ${ownerName ?? ''}, uid: u, controller: true}]\n`
  }spec: {containers: [{name: c, image: i, ports: [{containerPort: ${String(extra.port ?? 80)}}]}]}
status: {podIP: ${extra.ip ?? '10.0.0.1'}}
`;
}

function summary(text: string): string[] {
  return docOf(text).workloads.map(
    (w) => `${w.kind} ${w.namespace}/${w.name} ×${String(w.replicas ?? '-')} ${w.ips.join(',')}`,
  );
}

describe('when a live dump holds the replicas of controllers', () => {
  it('reads one workload per controller, with its replica count and every replica IP', () => {
    expect(summary(LIVE_DUMP)).toEqual([
      'Deployment shop/frontend ×3 10.244.1.11,10.244.2.12,10.244.3.13',
      'StatefulSet shop/redis ×2 10.244.1.21,10.244.2.22',
      'Deployment shop/cart ×2 10.244.1.31,10.244.2.32',
      'Deployment shop/checkout ×2 10.244.1.41,10.244.2.42',
      'Pod shop/checkout-6c7d8e9f5-j6k7l ×- 10.244.3.43',
      'Pod shop/debug ×- 10.244.1.51',
      'Job shop/migrate ×1 10.244.2.61',
      'DaemonSet monitoring/node-exporter ×2 10.244.1.71,10.244.2.72',
    ]);
  });

  it('gives a workload the labels its replicas share, without those the controller writes per pod', () => {
    const byName = new Map(docOf(LIVE_DUMP).workloads.map((w) => [w.name, w]));
    expect(byName.get('frontend')?.labels).toEqual({ app: 'frontend' });
    expect(byName.get('redis')?.labels).toEqual({ app: 'redis' });
    expect(byName.get('node-exporter')?.labels).toEqual({
      'app.kubernetes.io/name': 'node-exporter',
    });
    expect(byName.get('redis')?.ports).toEqual([
      { name: 'redis', containerPort: 6379, protocol: 'TCP' },
    ]);
  });

  it('keeps a replica whose labels differ as its own Pod, with a warning naming it', () => {
    expect(issuesOf(LIVE_DUMP)).toEqual([
      {
        line: 372,
        path: '',
        severity: 'warning',
        message:
          'Pod shop/checkout-6c7d8e9f5-j6k7l of Deployment shop/checkout has other labels than the other 2 replicas; it stays a separate workload',
      },
    ]);
  });

  it('keeps replicas whose ports differ apart, and says it is their ports', () => {
    const text = [
      pod('api-5c6d7-aaaaa', 'app: api', { owner: 'ReplicaSet/api-5c6d7', port: 80 }),
      pod('api-5c6d7-bbbbb', 'app: api', { owner: 'ReplicaSet/api-5c6d7', port: 81 }),
      pod('api-5c6d7-ccccc', 'app: api', { owner: 'ReplicaSet/api-5c6d7', port: 82 }),
    ].join('---\n');
    expect(summary(text)).toEqual([
      'ReplicaSet x/api-5c6d7 ×1 10.0.0.1',
      'Pod x/api-5c6d7-bbbbb ×- 10.0.0.1',
      'Pod x/api-5c6d7-ccccc ×- 10.0.0.1',
    ]);
    expect(issuesOf(text).map((issue) => issue.message)).toEqual([
      'Pods x/api-5c6d7-bbbbb and x/api-5c6d7-ccccc of ReplicaSet x/api-5c6d7 have other ports than the other replica; they stay separate workloads',
    ]);
  });

  it("names a ReplicaSet's replicas after the Deployment only when its name ends in their pod-template-hash", () => {
    const text = [
      pod('web-abc12-aaaaa', 'app: web, pod-template-hash: abc12', {
        owner: 'ReplicaSet/web-abc12',
      }),
      pod('cache-aaaaa', 'app: cache', { owner: 'ReplicaSet/cache' }),
    ].join('---\n');
    expect(summary(text)).toEqual([
      'Deployment x/web ×1 10.0.0.1',
      'ReplicaSet x/cache ×1 10.0.0.1',
    ]);
  });

  it('joins the replicas of two ReplicaSets of one Deployment (a rolling update)', () => {
    const text = [
      pod('web-old11-aaaaa', 'app: web, pod-template-hash: old11', {
        owner: 'ReplicaSet/web-old11',
        ip: '10.0.0.1',
      }),
      pod('web-new22-bbbbb', 'app: web, pod-template-hash: new22', {
        owner: 'ReplicaSet/web-new22',
        ip: '10.0.0.2',
      }),
    ].join('---\n');
    expect(summary(text)).toEqual(['Deployment x/web ×2 10.0.0.1,10.0.0.2']);
  });

  it('without owner references, tells the controller from the generated name and its labels', () => {
    const text = [
      pod('web-abc12-aaaaa', 'pod-template-hash: abc12', { generateName: 'web-abc12-' }),
      pod('agent-q2w3e', 'controller-revision-hash: 6b7f', { generateName: 'agent-' }),
      pod('backup-r4t5y', 'job-name: backup', { generateName: 'backup-' }),
      pod('db-0', 'statefulset.kubernetes.io/pod-name: db-0, controller-revision-hash: db-7c', {}),
      pod('tool-x1y2z', 'run: tool', { generateName: 'tool-' }),
      pod('web-abc12-bbbbb', 'pod-template-hash: abc12', {}),
    ].join('---\n');
    expect(summary(text)).toEqual([
      'Deployment x/web ×1 10.0.0.1',
      'DaemonSet x/agent ×1 10.0.0.1',
      'Job x/backup ×1 10.0.0.1',
      'StatefulSet x/db ×1 10.0.0.1',
      'Pod x/tool-x1y2z ×- 10.0.0.1',
      'Pod x/web-abc12-bbbbb ×- 10.0.0.1',
    ]);
  });

  it('leaves out the Deployment and ReplicaSet the replicas stand for, with warnings', () => {
    const text = [
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: x}
spec: {replicas: 2, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}}
`,
      pod('web-abc12-aaaaa', 'app: web, pod-template-hash: abc12', {
        owner: 'ReplicaSet/web-abc12',
      }),
      pod('web-abc12-bbbbb', 'app: web, pod-template-hash: abc12', {
        owner: 'ReplicaSet/web-abc12',
        ip: '10.0.0.2',
      }),
      `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-abc12
  namespace: x
  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u, controller: true}]
spec: {replicas: 2, template: {metadata: {labels: {app: web, pod-template-hash: abc12}}, spec: {containers: [{name: c, image: i}]}}}
`,
    ].join('---\n');
    const result = parse(text);
    expect(result.ok && result.doc.workloads).toEqual([
      {
        namespace: 'x',
        name: 'web',
        kind: 'Deployment',
        labels: { app: 'web' },
        ports: [{ containerPort: 80, protocol: 'TCP' }],
        ips: ['10.0.0.1', '10.0.0.2'],
        replicas: 2,
      },
    ]);
    expect(result.issues.map(({ line, message }) => `${String(line)} ${message}`)).toEqual([
      '1 Deployment x/web is left out: its pods are in the input (2 replicas)',
      '26 ReplicaSet x/web-abc12 is left out: its pods are in the input (Deployment x/web, 2 replicas)',
    ]);
  });
});

describe('when the replicas of a dump are exported with --all and imported again', () => {
  it('writes each workload once, with its count, and reads back the same design', () => {
    const doc = docOf(LIVE_DUMP);
    const text = serializeDocument(doc);
    expect(text.match(/^ {2}name: frontend$/gm)).toHaveLength(1);
    expect(text).toContain('  replicas: 3\n');
    expect(text).toContain("netpol-canvas.dev/replicas: '2'");
    expect(docOf(text)).toEqual(doc);
  });
});
