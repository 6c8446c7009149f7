/**
 * "Who can reach it?" of a workload that declares no container port (a pod
 * inferred from policies, a pod without `ports`): Kubernetes lets traffic
 * reach it on any port, so every other workload is a peer both ways, and the
 * Inspector's counts read alike inbound and outbound. On a hand-made design,
 * and on two real files (`../shared/corpus/real`, skipped when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { endsCountText } from '../../engine';
import { parseFiles } from '../../io';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { reachCell } from './reachCell';
import { selectReachMatrix } from './matrixSelectors';
import { selectReach } from './reachPeers';

function docOfText(name: string, text: string): Doc {
  const parsed = parseFiles([{ name, text }]);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.doc;
}

/** The Inspector's two lists of `id`, as it words them. */
function inspector(doc: Doc, id: string) {
  const store = createEditorStore({ doc });
  const { inbound, outbound } = selectReach(store.getState(), id);
  const list = (peers: typeof inbound) => ({
    count: endsCountText(
      peers.allowed.map((p) => p.end),
      peers.ends,
    ),
    peers: peers.allowed.map((p) => `${p.label} ${p.ports.join(', ')}`),
  });
  return { inbound: list(inbound), outbound: list(outbound) };
}

// web declares TCP 8080; app and worker declare no port. app admits TCP 80 only, from anyone
// in shop; worker is isolated both ways and allows nothing.
const SHOP = `
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: web, image: web, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: app, namespace: shop, labels: {app: app}}
spec: {containers: [{name: app, image: app}]}
---
apiVersion: v1
kind: Pod
metadata: {name: worker, namespace: shop, labels: {app: worker}}
spec: {containers: [{name: worker, image: worker}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: app-in-80, namespace: shop}
spec:
  podSelector: {matchLabels: {app: app}}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {}}], ports: [{port: 80}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: worker-deny, namespace: shop}
spec:
  podSelector: {matchLabels: {app: worker}}
  policyTypes: [Ingress, Egress]
`;

describe('a workload that declares no port, in a hand-made design', () => {
  const doc = docOfText('shop.yaml', SHOP);

  it('accepts connections from each workload its policy admits, on the ports it admits', () => {
    expect(inspector(doc, 'workload:shop/app').inbound).toEqual({
      count: '1 of 2 workloads',
      peers: ['shop/web TCP 80'],
    });
  });

  it('counts every other workload on both sides', () => {
    const web = inspector(doc, 'workload:shop/web');
    expect(web.outbound).toEqual({ count: '1 of 2 workloads', peers: ['shop/app TCP 80'] });
    expect(web.inbound).toEqual({ count: '1 of 2 workloads', peers: ['shop/app TCP 8080'] });
    expect(inspector(doc, 'workload:shop/worker')).toEqual({
      inbound: { count: '0 of 2 workloads', peers: [] },
      outbound: { count: '0 of 2 workloads', peers: [] },
    });
  });

  it('has a matrix cell on every port, no longer "nothing to check"', () => {
    const m = selectReachMatrix(createEditorStore({ doc }).getState());
    const at = (label: string) => m.nodes.findIndex((n) => n.label === label);
    const cell = (from: string, to: string, filter: { port: number; protocol: 'TCP' } | null) =>
      reachCell(m, at(from), at(to), filter).state;
    expect(cell('shop/web', 'shop/app', null)).toBe('some');
    expect(cell('shop/worker', 'shop/app', null)).toBe('none');
    expect(cell('shop/app', 'shop/worker', null)).toBe('none');
    // Filtered on TCP 8080 (web's port), app is checked on that port too: app-in-80 blocks it.
    expect(cell('shop/web', 'shop/app', { port: 8080, protocol: 'TCP' })).toBe('none');
  });
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus/real');
const TC9 = resolve(CORPUS, 'nca-testcase9-sanity-between-policies.yaml');
const ALERTMANAGER = resolve(CORPUS, 'kube-prometheus-alertmanager-main.yaml');

// Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
// from there, never copied into the repository.
describe.skipIf(!existsSync(TC9))('inferred workloads without ports in real files', () => {
  it('testcase9: with-app accepts from 1 of 3, as `explain --port 80` allows', () => {
    const doc = docOfText('tc9.yaml', readFileSync(TC9, 'utf8'));
    const withApp = inspector(doc, 'workload:kube-system/with-app');
    expect(withApp.inbound).toEqual({
      count: '1 of 3 workloads',
      peers: ['kube-system/app-not-helm-with-app-with-ti all ports'],
    });
    expect(withApp.outbound.count).toMatch(/ of 3 workloads$/);
  });

  it('alertmanager: every other workload counted both ways', () => {
    const doc = docOfText('alertmanager.yaml', readFileSync(ALERTMANAGER, 'utf8'));
    const alertmanager = inspector(doc, 'workload:monitoring/alertmanager');
    // Nothing isolates the pods app.kubernetes.io/name=alertmanager: anywhere reaches them too.
    expect(alertmanager.inbound.count).toBe('2 of 2 workloads, every address outside the cluster');
    expect(alertmanager.outbound.count).toMatch(
      / of 2 workloads, every address outside the cluster$/,
    );
  });
});
