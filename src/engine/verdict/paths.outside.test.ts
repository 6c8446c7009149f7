/**
 * The cards outside the cluster the rules draw (anywhere, an IP block) are ends of paths too: a
 * workload whose egress is open reaches them though no rule names it, as the engine says.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { docOf, endpointOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { isTrafficAllowed } from './evaluate';
import { explainVerdict, explanationLines } from './explain';
import { pathPortText, pathStatus, pathVerdicts, pathsOf } from './paths';
import type { Path } from './paths';

const frontend: FlowEnd = { kind: 'workload', namespace: 'shop', name: 'frontend' };
const api: FlowEnd = { kind: 'workload', namespace: 'shop', name: 'api' };
const anywhere: FlowEnd = { kind: 'any' };
const block: FlowEnd = { kind: 'ipBlock', cidr: '10.0.0.0/8' };

/**
 * frontend (TCP 8080, no policy: its egress is open); api (TCP 80), which takes connections from
 * anywhere (a rule without peers: the "anywhere" card) and may open them to 10.0.0.0/8 only (the
 * IP block's card). No rule names frontend.
 */
function design(): Doc {
  return docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [
      podOf(
        'shop/frontend',
        { app: 'frontend' },
        { ports: [{ containerPort: 8080, protocol: 'TCP' }] },
      ),
      podOf('shop/api', { app: 'api' }, { ports: [{ containerPort: 80, protocol: 'TCP' }] }),
    ],
    policies: [
      policyOf('shop/api-policy', {
        podSelector: { matchLabels: { app: 'api' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{}],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
      }),
    ],
  });
}

function read(p: Path) {
  return { id: p.id, status: pathStatus(p), ports: pathPortText(p), reason: p.reason };
}

const outside = (paths: readonly Path[]) =>
  paths.filter(
    (p) =>
      p.from.kind === 'any' ||
      p.to.kind === 'any' ||
      p.from.kind === 'ipBlock' ||
      p.to.kind === 'ipBlock',
  );

describe('the paths to the cards outside the cluster', () => {
  it('run from a workload with open egress to anywhere and to an IP block, no rule naming it', () => {
    const doc = design();
    const index = compilePolicies(doc);
    expect(outside(pathsOf(doc, index, frontend).outbound).map(read)).toEqual([
      {
        id: 'shop/frontend>* TCP/0',
        status: 'allowed',
        ports: 'all ports',
        reason: 'allowed: neither shop/frontend nor anywhere is isolated',
      },
      {
        id: 'shop/frontend>10.0.0.0/8 TCP/0',
        status: 'allowed',
        ports: 'all ports',
        reason: 'allowed: neither shop/frontend nor 10.0.0.0/8 is isolated',
      },
    ]);
    // The engine's own answer for one address of each: `explain --to 8.8.8.8 --port 443`.
    for (const ip of ['8.8.8.8', '10.1.2.3']) {
      const to = { kind: 'ip' as const, ip };
      const verdict = isTrafficAllowed(index, {
        from: endpointOf('shop/frontend'),
        to,
        port: 443,
        protocol: 'TCP',
      });
      expect(verdict.allowed).toBe(true);
    }
  });

  it('carry the engine’s explanation, and nothing else explains them', () => {
    const doc = design();
    const path = pathsOf(doc, compilePolicies(doc), frontend).outbound.find(
      (p) => p.to.kind === 'any',
    );
    if (path === undefined) throw new Error('no path from frontend to anywhere');
    const explained = pathVerdicts(path).map((v) => explanationLines(explainVerdict(v, doc)));
    expect(explained).toHaveLength(1);
    expect(explained[0]?.[0]).toMatch(/^shop\/frontend → .* ALLOWED/);
    expect(explained[0]?.join('\n')).toContain('shop/frontend');
  });

  it('are blocked where the workload’s egress is isolated and allows no such address', () => {
    const doc = design();
    const paths = outside(pathsOf(doc, compilePolicies(doc), api).outbound);
    // api's rule line to 10.0.0.0/8 is the rule's; its path to anywhere is blocked.
    expect(paths.map((p) => `${p.id} ${pathStatus(p)}`)).toEqual([
      'shop/api>* TCP/0 blocked',
      'shop/api>10.0.0.0/8 TCP/0 allowed',
    ]);
  });

  it('are the inbound paths of the card itself: who can reach anywhere', () => {
    const doc = design();
    const index = compilePolicies(doc);
    const { inbound, outbound } = pathsOf(doc, index, anywhere);
    expect(inbound.map((p) => `${p.id} ${pathStatus(p)}`)).toEqual([
      'shop/frontend>* TCP/0 allowed',
      'shop/api>* TCP/0 blocked',
    ]);
    // Connections from anywhere into each workload, on its ports.
    expect(outbound.map((p) => `${p.id} ${pathStatus(p)}`)).toEqual([
      '*>shop/frontend TCP/8080 allowed',
      '*>shop/api TCP/80 allowed',
    ]);
    expect(pathsOf(doc, index, block).inbound.map((p) => p.id)).toEqual([
      'shop/frontend>10.0.0.0/8 TCP/0',
      'shop/api>10.0.0.0/8 TCP/0',
    ]);
  });

  it('leave a design without such a card as it was', () => {
    const doc = docOf({
      namespaces: [namespaceOf('shop')],
      workloads: [podOf('shop/frontend', { app: 'frontend' }), podOf('shop/api', { app: 'api' })],
    });
    const { outbound } = pathsOf(doc, compilePolicies(doc), frontend);
    expect(outbound.map((p) => p.to)).toEqual([api]);
  });
});
