import { describe, expect, it } from 'vitest';
import type { Doc, Service } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf, trafficOf } from '../__fixtures__/docBuilder';
import { applyEdit } from '../edits/applyEdit';
import { isTrafficAllowed } from '../verdict/evaluate';
import { findFindings } from './findFindings';
import { serviceSelectsNothing, servicePortNotTargetPort } from './services';

const web = podOf(
  'shop/web',
  { app: 'web' },
  {
    ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
  },
);
const client = podOf('shop/client', { app: 'client' });

function serviceOf(targetPort: number | string, selector = { app: 'web' }): Service {
  return {
    namespace: 'shop',
    name: 'web',
    selector,
    ports: [{ name: 'http', port: 80, targetPort, protocol: 'TCP' }],
  };
}

function design(rulePort: number | string, service: Service, egress = false): Doc {
  const ingress = policyOf('shop/web-in', {
    podSelector: { matchLabels: { app: 'web' } },
    policyTypes: ['Ingress'],
    ingress: [
      { from: [{ podSelector: { matchLabels: { app: 'client' } } }], ports: [{ port: rulePort }] },
    ],
  });
  const out = policyOf('shop/client-out', {
    podSelector: { matchLabels: { app: 'client' } },
    policyTypes: ['Egress'],
    egress: [
      { to: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: rulePort }] },
    ],
  });
  return docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [web, client],
    policies: egress ? [out] : [ingress],
    services: [service],
  });
}

const found = (doc: Doc) => servicePortNotTargetPort(doc, compilePolicies(doc));

describe("when a rule allows a Service's port where its pods receive another", () => {
  it('warns at the rule port, names the Service and the pods’ port, and fixes it', () => {
    const doc = design(80, serviceOf(8080));
    const [finding, ...rest] = found(doc);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: 'servicePortNotTargetPort',
      severity: 'warning',
      subjects: [
        { kind: 'policy', namespace: 'shop', name: 'web-in', path: 'spec.ingress[0].ports[0]' },
        { kind: 'workload', namespace: 'shop', name: 'web' },
      ],
      fixLabel: "Allow TCP 8080 (the pods' port)",
    });
    expect(finding?.message).toBe(
      "TCP 80 in spec.ingress[0].ports[0] of shop/web-in is the port of Service shop/web, but its pods (shop/web) receive TCP 8080: policies apply to pods, after the Service's translation, so this rule does not let that traffic through; allow TCP 8080 instead.",
    );
    // what the client's packets really are: to web's pod port 8080
    const call = trafficOf('shop/client', 'shop/web', 8080);
    expect(isTrafficAllowed(compilePolicies(doc), call).allowed).toBe(false);
    const fixed = applyEdit(doc, finding!.fix!);
    expect(isTrafficAllowed(compilePolicies(fixed), call).allowed).toBe(true);
    expect(found(fixed)).toEqual([]);
  });

  it('resolves a named targetPort on the pods and fixes the rule with that name', () => {
    const doc = design(80, serviceOf('http'));
    const [finding] = found(doc);
    expect(finding?.message).toContain('receive TCP 8080 (the port named http)');
    const fixed = applyEdit(doc, finding!.fix!);
    expect(fixed.policies[0]?.spec.ingress?.[0]?.ports).toEqual([{ port: 'http' }]);
    expect(
      isTrafficAllowed(compilePolicies(fixed), trafficOf('shop/client', 'shop/web', 8080)).allowed,
    ).toBe(true);
  });

  it('checks egress rules toward the Service’s pods too', () => {
    const [finding] = found(design(80, serviceOf(8080), true));
    expect(finding?.subjects[0]).toMatchObject({ path: 'spec.egress[0].ports[0]' });
  });

  it.each([
    ['the rule already allows the pods’ port', design(8080, serviceOf(8080))],
    ['port and targetPort are the same', design(80, serviceOf(80))],
    ['the Service selects other pods', design(80, serviceOf(8080, { app: 'other' }))],
    ['the named targetPort is not declared', design(80, serviceOf('grpc'))],
  ])('says nothing when %s', (_why, doc) => {
    expect(found(doc)).toEqual([]);
  });

  it('says nothing when the pods also listen on the Service’s port', () => {
    const both = podOf(
      'shop/web',
      { app: 'web' },
      {
        ports: [
          { containerPort: 8080, protocol: 'TCP' },
          { containerPort: 80, protocol: 'TCP' },
        ],
      },
    );
    const doc = { ...design(80, serviceOf(8080)), workloads: [both, client] };
    expect(found(doc)).toEqual([]);
  });

  it('is listed among every finding of the document', () => {
    const doc = design(80, serviceOf(8080));
    expect(findFindings(doc, compilePolicies(doc)).map((f) => f.kind)).toContain(
      'servicePortNotTargetPort',
    );
  });
});

describe('when a Service selects no pod', () => {
  it('warns, with its selector', () => {
    const doc = design(8080, serviceOf(8080, { app: 'wbe' }));
    expect(serviceSelectsNothing(doc)).toEqual([
      {
        id: 'serviceSelectsNothing:shop/web',
        kind: 'serviceSelectsNothing',
        severity: 'warning',
        message:
          'Service shop/web selects no pod of namespace shop (selector app=wbe): its clients reach nothing.',
        subjects: [{ kind: 'namespace', name: 'shop' }],
        fix: null,
      },
    ]);
  });

  it('says nothing when it selects a pod, has no selector, or its namespace has no pods here', () => {
    expect(serviceSelectsNothing(design(8080, serviceOf(8080)))).toEqual([]);
    const { selector: _none, ...manual } = serviceOf(8080, { app: 'wbe' });
    expect(serviceSelectsNothing(design(8080, manual))).toEqual([]);
    const elsewhere = { ...serviceOf(8080, { app: 'x' }), namespace: 'empty' };
    expect(serviceSelectsNothing(design(8080, elsewhere))).toEqual([]);
  });
});
