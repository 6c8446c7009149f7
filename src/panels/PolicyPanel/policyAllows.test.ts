import { describe, expect, it } from 'vitest';
import { policyOf } from '../../engine/__fixtures__/docBuilder';
import { policyAllows } from './policyAllows';

describe('policyAllows', () => {
  it('says each rule: its peers (OR) and its ports', () => {
    const policy = policyOf('shop/cart', {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: { app: 'web' } } },
            { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
          ],
          ports: [{ protocol: 'TCP', port: 7070 }],
        },
        {},
      ],
    });
    expect(policyAllows(policy).map((line) => line.text)).toEqual([
      "In from pods with app=web in namespace shop (the policy's own) or IP block 10.0.0.0/8 except 10.1.0.0/16, on TCP 7070",
      'In from anyone (every pod and every address), on every port',
    ]);
  });

  it("says the policy's own namespace once for a rule of several pod selectors", () => {
    // argo-cd's argocd-repo-server-network-policy
    const name = (app: string) => ({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': app } },
    });
    const policy = policyOf('argocd/argocd-repo-server-network-policy', {
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'argocd-repo-server' } },
      ingress: [
        {
          from: [name('argocd-server'), name('argocd-application-controller')],
          ports: [{ protocol: 'TCP', port: 8081 }],
        },
      ],
    });
    expect(policyAllows(policy).map((line) => line.text)).toEqual([
      "In from pods in namespace argocd (the policy's own) with app.kubernetes.io/name=argocd-server or with app.kubernetes.io/name=argocd-application-controller, on TCP 8081",
    ]);
  });

  it('says a direction it isolates without a rule lets nothing through', () => {
    const policy = policyOf('shop/deny', {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            },
          ],
          ports: [{ protocol: 'UDP', port: 53 }],
        },
      ],
    });
    expect(policyAllows(policy).map((line) => line.text)).toEqual([
      'Nothing in: it isolates these pods for ingress and adds no rule',
      'Out to pods with k8s-app=kube-dns in namespaces with kubernetes.io/metadata.name=kube-system, on UDP 53',
    ]);
  });
});
