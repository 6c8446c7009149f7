/**
 * A workload that declares no container port (a pod inferred from policies, a
 * pod without `ports`) takes connections on any port: from each other
 * workload it has one path on every port, whose verdict is exact.
 */
import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicySpec } from '../../model';
import { docOf, endpointOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { allowedPortsOf } from './allowedPorts';
import { isTrafficAllowed } from './evaluate';
import { explainVerdict, explanationLines } from './explain';
import { pathPortText, pathStatus, pathVerdicts, pathsOf } from './paths';
import type { Path } from './paths';

const web: FlowEnd = { kind: 'workload', namespace: 'shop', name: 'web' };
const app: FlowEnd = { kind: 'workload', namespace: 'shop', name: 'app' };

/** web (TCP 8080) and app (no port) in shop, and `policies`. */
function design(...policies: { name: string; spec: NetworkPolicySpec }[]): Doc {
  return docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [
      podOf('shop/web', { app: 'web' }, { ports: [{ containerPort: 8080, protocol: 'TCP' }] }),
      podOf('shop/app', { app: 'app' }),
    ],
    policies: policies.map((p) => policyOf(`shop/${p.name}`, p.spec)),
  });
}

const onlyTcp80 = {
  name: 'app-in-80',
  spec: {
    podSelector: { matchLabels: { app: 'app' } },
    policyTypes: ['Ingress' as const],
    ingress: [{ from: [{ podSelector: {} }], ports: [{ protocol: 'TCP' as const, port: 80 }] }],
  },
};

function read(p: Path) {
  return { id: p.id, status: pathStatus(p), ports: pathPortText(p), reason: p.reason };
}

describe('the paths into a workload that declares no port', () => {
  it('are one per source, on every port, allowed on all ports when nothing isolates it', () => {
    const doc = design();
    const { inbound } = pathsOf(doc, compilePolicies(doc), app);
    expect(inbound.map(read)).toEqual([
      {
        id: 'shop/web>shop/app TCP/0',
        status: 'allowed',
        ports: 'all ports',
        reason: 'allowed: neither shop/web nor shop/app is isolated',
      },
    ]);
    expect(inbound[0]?.allowed).toBe(true);
  });

  it('are allowed on the one port a policy opens into it: partly, as the CLI says per port', () => {
    const doc = design(onlyTcp80);
    const index = compilePolicies(doc);
    const [path] = pathsOf(doc, index, app).inbound;
    expect(path === undefined ? null : read(path)).toEqual({
      id: 'shop/web>shop/app TCP/0',
      status: 'partial',
      ports: 'TCP 80',
      reason:
        'partly allowed: TCP 80 allowed by app-in-80 ingress[0]; other ports blocked: shop/app is ingress-isolated by app-in-80 and no ingress rule allows shop/web on any TCP port',
    });
    expect(path?.allowed).toBe(true);
    // The engine's own answer on single ports, as `explain --port` gives it.
    const on = (port: number) =>
      isTrafficAllowed(index, {
        from: endpointOf('shop/web'),
        to: endpointOf('shop/app'),
        port,
        protocol: 'TCP',
      }).allowed;
    expect([on(80), on(81), on(8080)]).toEqual([true, false, false]);
    expect(path?.allowedPorts).toEqual(
      allowedPortsOf(index, endpointOf('shop/web'), endpointOf('shop/app')),
    );
  });

  it('are blocked on all ports when a policy isolates it and allows nothing', () => {
    const doc = design({
      name: 'deny-app',
      spec: { podSelector: { matchLabels: { app: 'app' } }, policyTypes: ['Ingress'] },
    });
    const [path] = pathsOf(doc, compilePolicies(doc), app).inbound;
    expect(path === undefined ? null : read(path)).toEqual({
      id: 'shop/web>shop/app TCP/0',
      status: 'blocked',
      ports: 'all ports',
      reason:
        'blocked: shop/app is ingress-isolated by deny-app and no ingress rule allows shop/web on any TCP port',
    });
    expect(path?.allowed).toBe(false);
  });

  it('are the outbound paths of the source too: every other workload is counted both ways', () => {
    const doc = design(onlyTcp80);
    const index = compilePolicies(doc);
    const fromWeb = pathsOf(doc, index, web).outbound;
    expect(fromWeb.map(read)).toEqual(pathsOf(doc, index, app).inbound.map(read));
    // app's own outbound path, to web's declared port, is unchanged.
    expect(pathsOf(doc, index, app).outbound.map((p) => `${p.id} ${pathStatus(p)}`)).toEqual([
      'shop/app>shop/web TCP/8080 allowed',
    ]);
  });

  it('are limited by the source egress as well (the other side of one rule)', () => {
    const doc = design({
      name: 'web-out-dns',
      spec: {
        podSelector: { matchLabels: { app: 'web' } },
        policyTypes: ['Egress'],
        egress: [{ ports: [{ protocol: 'UDP', port: 53 }] }],
      },
    });
    const [path] = pathsOf(doc, compilePolicies(doc), web).outbound;
    expect(path === undefined ? null : read(path)).toEqual({
      id: 'shop/web>shop/app TCP/0',
      status: 'partial',
      ports: 'UDP 53',
      reason:
        'partly allowed: UDP 53 allowed by web-out-dns egress[0]; other ports blocked: shop/web is egress-isolated by web-out-dns and no egress rule allows shop/app on any TCP port',
    });
  });

  it('are explained on what is allowed and on what is blocked, as explain says per port', () => {
    const doc = design(onlyTcp80);
    const [path] = pathsOf(doc, compilePolicies(doc), app).inbound;
    const explained = pathVerdicts(path!).map((v) => explanationLines(explainVerdict(v, doc)));
    expect(explained.map((lines) => lines[0])).toEqual([
      'shop/web → shop/app on TCP port 80: ALLOWED',
      'shop/web → shop/app on any TCP port: BLOCKED by the ingress check at shop/app',
    ]);
    expect(explained[0]).toContain(
      "    Allowed by spec.ingress[0] of shop/app-in-80: from every pod in namespace shop (the policy's own), on TCP 80.",
    );
    // A path allowed or blocked on every port is explained once.
    const open = design();
    const [whole] = pathsOf(open, compilePolicies(open), app).inbound;
    expect(pathVerdicts(whole!)).toHaveLength(1);
  });
});

describe('the paths to an outside endpoint that declares no port', () => {
  const nas: FlowEnd = { kind: 'external', name: 'nas' };
  /** `design()` with `nas` (10.1.2.3/32, no port) and web's egress open to 10.0.0.0/8 on every port. */
  function withNas(...policies: { name: string; spec: NetworkPolicySpec }[]): Doc {
    const doc = design(
      {
        name: 'web-out',
        spec: {
          podSelector: { matchLabels: { app: 'web' } },
          policyTypes: ['Egress'],
          egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
        },
      },
      ...policies,
    );
    return { ...doc, externals: [{ name: 'nas', cidr: '10.1.2.3/32' }] };
  }
  const toNas = (doc: Doc, from: FlowEnd) =>
    pathsOf(doc, compilePolicies(doc), from)
      .outbound.filter((p) => p.to.kind === 'external')
      .map(read);

  it('are one per source on every port, allowed where egress allows every port, as explain says', () => {
    const doc = withNas();
    const index = compilePolicies(doc);
    expect(toNas(doc, web)).toEqual([
      {
        id: 'shop/web>external:nas TCP/0',
        status: 'allowed',
        ports: 'all ports',
        reason: 'allowed by web-out egress[0]',
      },
    ]);
    expect(toNas(doc, app)).toEqual([
      {
        id: 'shop/app>external:nas TCP/0',
        status: 'allowed',
        ports: 'all ports',
        reason: 'allowed: neither shop/app nor nas is isolated',
      },
    ]);
    // `explain --from shop/app --to nas --port 443` (or any port): ALLOWED.
    const nasIp = { kind: 'ip' as const, ip: '10.1.2.3/32' };
    for (const from of ['shop/web', 'shop/app']) {
      expect(
        isTrafficAllowed(index, { from: endpointOf(from), to: nasIp, port: 443, protocol: 'TCP' })
          .allowed,
      ).toBe(true);
    }
    // And nas's own inbound list holds them: both workloads reach it.
    expect(pathsOf(doc, index, nas).inbound.map((p) => p.id)).toEqual([
      'shop/web>external:nas TCP/0',
      'shop/app>external:nas TCP/0',
    ]);
  });

  it('are blocked on all ports from a workload whose egress allows nothing', () => {
    const doc = withNas({
      name: 'app-no-egress',
      spec: { podSelector: { matchLabels: { app: 'app' } }, policyTypes: ['Egress'] },
    });
    expect(toNas(doc, app)).toEqual([
      {
        id: 'shop/app>external:nas TCP/0',
        status: 'blocked',
        ports: 'all ports',
        reason:
          'blocked: shop/app is egress-isolated by app-no-egress and no egress rule allows nas on any TCP port',
      },
    ]);
  });
});
