import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../io';
import { cli } from '../testCli';

/** A Pod of `kubectl get pods -o yaml`, made by the ReplicaSet `owner`. */
function replica(name: string, owner: string, labels: string, ip: string): string {
  return `- apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}
    namespace: shop
    labels: {${labels}}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: ${owner}, uid: u-${owner}, controller: true}]
  spec: {containers: [{name: c, image: i, ports: [{containerPort: 8080}]}]}
  status: {podIP: ${ip}}
`;
}

const DUMP = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata: {name: shop}
${replica('web-7c9d5-abcde', 'web-7c9d5', 'app: web, pod-template-hash: 7c9d5', '10.0.0.1')}${replica(
  'web-7c9d5-fghij',
  'web-7c9d5',
  'app: web, pod-template-hash: 7c9d5',
  '10.0.0.2',
)}${replica('web-7c9d5-klmno', 'web-7c9d5', 'app: web, pod-template-hash: 7c9d5', '10.0.0.3')}${replica(
  'queue-x1',
  'queue',
  'app: queue',
  '10.0.0.4',
)}${replica('queue-x2', 'queue', 'app: queue', '10.0.0.5')}- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: queue-from-web, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: queue}}
    ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
`;

describe('when a live dump holds the replicas of ReplicaSets', () => {
  it('gives one row and column per controller, named as the canvas groups them', async () => {
    const run = await cli(['reach', '-', '--json', '--port', '8080'], DUMP);
    expect(run.code).toBe(0);
    const allowed = (
      JSON.parse(run.stdout) as { results: { allowed: Record<string, Record<string, boolean>> }[] }
    ).results[0]!.allowed;
    // A Deployment's ReplicaSet (name ends in pod-template-hash) is the Deployment; a
    // hand-made ReplicaSet names itself. Five pods, two workloads.
    expect(Object.keys(allowed)).toEqual(['shop/web', 'shop/queue']);
    const parsed = parseFiles([{ name: '-', text: DUMP }]);
    expect(parsed.ok && parsed.doc.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual(
      Object.keys(allowed),
    );
    expect(allowed['shop/web']).toEqual({ 'shop/web': true, 'shop/queue': true });
    expect(allowed['shop/queue']).toEqual({ 'shop/web': true, 'shop/queue': false });
  });
});
