/**
 * The fast engine agrees with the oracle (`__fixtures__/naiveEvaluator.ts`, a
 * per-pair evaluator written straight from the specification) on thousands of
 * random small documents: every pair of pods through `buildMatrix`, every
 * pair of pods and outside addresses through `isTrafficAllowed` (with the
 * isolating policies of its explanation), and after random edits through an
 * incremental `createEvaluator`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc, PodKey, Protocol, Workload } from '../model';
import {
  ARB_IPS,
  ARB_PROTOCOLS,
  arbDoc,
  arbLabelSet,
  arbPolicyNamed,
  arbWorkloadNamed,
} from './__fixtures__/arbitraries';
import {
  naiveAllowed,
  naiveIsolatingPolicies,
  naiveRuleMatches,
} from './__fixtures__/naiveEvaluator';
import {
  buildMatrix,
  compilePolicies,
  createEvaluator,
  createFlowVerdicts,
  deriveFlows,
  isTrafficAllowed,
  matrixAllows,
} from './index';
import type { Endpoint, PolicyIndex } from './index';
import { propertyRuns } from './__fixtures__/propertyRuns';

/** Ports around the ones rules name, so endPort edges (p, p+1, p+30, p+31, p+500, p+501) are hit. */
const PROBE_PORTS = [53, 54, 80, 81, 82, 110, 111, 443, 444, 473, 474, 943, 5000, 5001, 5500, 5501];
const arbPortProtocol = fc.record({
  port: fc.constantFrom(...PROBE_PORTS),
  protocol: fc.constantFrom(...ARB_PROTOCOLS),
});
const arbAnyDoc = fc.oneof(arbDoc(), arbDoc({ normalized: false }));

/** Outside endpoints: every pool address, and a few CIDRs standing for all their addresses. */
const OUTSIDE: readonly string[] = [...ARB_IPS, '10.0.0.0/30', '10.0.1.0/24', 'fd00::/126'];

function keysOf(doc: Doc): PodKey[] {
  return doc.workloads.map((w) => `${w.namespace}/${w.name}` as PodKey);
}

/** Every distinct container port of the document (where named ports can match). */
function containerPortsOf(doc: Doc): { port: number; protocol: Protocol }[] {
  const seen = new Map<string, { port: number; protocol: Protocol }>();
  for (const p of doc.workloads.flatMap((w) => w.ports)) {
    seen.set(`${p.containerPort}/${p.protocol}`, { port: p.containerPort, protocol: p.protocol });
  }
  return [...seen.values()];
}

function matrixDisagreements(doc: Doc, index: PolicyIndex, port: number, protocol: Protocol) {
  const m = buildMatrix(index, port, protocol);
  const wrong: string[] = [];
  m.pods.forEach((from, i) => {
    m.pods.forEach((to, j) => {
      const want = naiveAllowed(doc, from, to, port, protocol);
      if (matrixAllows(m, i, j) !== want)
        wrong.push(`${from} → ${to} ${port}/${protocol}: ${want}`);
    });
  });
  return { pods: m.pods, wrong };
}

describe('the engine against the oracle', () => {
  it('buildMatrix agrees with naiveAllowed on every pair of pods', () => {
    fc.assert(
      fc.property(
        arbAnyDoc,
        fc.array(arbPortProtocol, { minLength: 1, maxLength: 3 }),
        (doc, probes) => {
          const index = compilePolicies(doc);
          for (const { port, protocol } of [...probes, ...containerPortsOf(doc)]) {
            const { pods, wrong } = matrixDisagreements(doc, index, port, protocol);
            expect(pods).toEqual(keysOf(doc));
            expect(wrong).toEqual([]);
          }
        },
      ),
      propertyRuns(3000),
    );
  });

  it('isTrafficAllowed agrees on every pair of pods and outside addresses, and explains it with the same policies, rules, peers and ports', () => {
    fc.assert(
      fc.property(arbAnyDoc, arbPortProtocol, (doc, { port, protocol }) => {
        const index = compilePolicies(doc);
        const pods = keysOf(doc);
        const ends: { name: string; e: Endpoint }[] = [
          ...pods.map((key) => ({ name: key, e: { kind: 'pod', key } as const })),
          ...OUTSIDE.map((ip) => ({ name: ip, e: { kind: 'ip', ip } as const })),
        ];
        const wrong: string[] = [];
        for (const from of ends) {
          for (const to of ends) {
            if (from.e.kind === 'ip' && to.e.kind === 'ip') continue;
            const v = isTrafficAllowed(index, { from: from.e, to: to.e, port, protocol });
            const say = (what: string) => wrong.push(`${from.name} → ${to.name}: ${what}`);
            if (v.allowed !== naiveAllowed(doc, from.e, to.e, port, protocol)) say('allowed');
            if (v.allowed !== (v.egress.allowed && v.ingress.allowed))
              say('allowed is not the AND');
            for (const [side, end, dir] of [
              [v.egress, from, 'Egress'],
              [v.ingress, to, 'Ingress'],
            ] as const) {
              if (side.applies !== (end.e.kind === 'pod')) say(`${dir} applies`);
              const isolating =
                end.e.kind === 'pod' ? naiveIsolatingPolicies(doc, end.e.key, dir) : [];
              const named = (refs: readonly { namespace: string; name: string }[]) =>
                refs.map((r) => `${r.namespace}/${r.name}`).join(',');
              if (named(side.isolatingPolicies) !== named(isolating)) say(`${dir} isolating`);
              if (side.isolated !== isolating.length > 0) say(`${dir} isolated`);
              if (side.allowed !== (!side.isolated || side.hits.length > 0)) say(`${dir} hits`);
              const rules = naiveRuleMatches(doc, from.e, to.e, port, protocol, dir);
              const ruleKey = (r: {
                policy: { namespace: string; name: string };
                ruleIndex: number;
              }) => `${r.policy.namespace}/${r.policy.name}#${r.ruleIndex}`;
              if (side.hits.map(ruleKey).sort().join() !== rules.map(ruleKey).sort().join()) {
                say(`${dir} hit rules`);
              }
              for (const hit of side.hits) {
                const want = rules.find((r) => ruleKey(r) === ruleKey(hit));
                const fits = (got: number | null, ok: readonly number[] | null | undefined) =>
                  got === null ? ok === null : (ok ?? []).includes(got);
                if (hit.direction !== dir.toLowerCase()) say(`${dir} hit direction`);
                if (!fits(hit.peerIndex, want?.peers)) say(`${dir} hit peer ${hit.peerIndex}`);
                if (!fits(hit.portIndex, want?.ports)) say(`${dir} hit port ${hit.portIndex}`);
              }
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      propertyRuns(2000),
    );
  });
});

/** An edit that keeps every untouched object identical, as an editor would. */
type DocEdit =
  | { type: 'replacePolicy'; at: number; policy: Doc['policies'][number] }
  | { type: 'removePolicy'; at: number }
  | { type: 'addPolicy'; policy: Doc['policies'][number] }
  | { type: 'podLabels'; at: number; labels: Workload['labels'] }
  | { type: 'podIps'; at: number; ips: readonly string[] }
  | { type: 'namespaceLabels'; at: number; labels: Workload['labels'] }
  | { type: 'removePod'; at: number }
  | { type: 'addPod'; pod: Workload }
  | { type: 'podPorts'; at: number; ports: Workload['ports'] };

const arbEdit: fc.Arbitrary<DocEdit> = fc.oneof(
  fc.record({
    type: fc.constant('replacePolicy' as const),
    at: fc.nat(),
    policy: arbPolicyNamed(90),
  }),
  fc.record({ type: fc.constant('removePolicy' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('addPolicy' as const), policy: arbPolicyNamed(91) }),
  fc.record({ type: fc.constant('podLabels' as const), at: fc.nat(), labels: arbLabelSet() }),
  fc.record({
    type: fc.constant('podIps' as const),
    at: fc.nat(),
    ips: fc.subarray([...ARB_IPS], { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('namespaceLabels' as const), at: fc.nat(), labels: arbLabelSet() }),
  fc.record({ type: fc.constant('removePod' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('addPod' as const), pod: arbWorkloadNamed(99) }),
  fc.record({
    type: fc.constant('podPorts' as const),
    at: fc.nat(),
    ports: arbWorkloadNamed(0).map((w) => w.ports),
  }),
);

function replaceAt<T>(list: readonly T[], at: number, f: (x: T) => T | null): T[] {
  if (list.length === 0) return [...list];
  const i = at % list.length;
  return list.flatMap((x, j) => {
    if (j !== i) return [x];
    const y = f(x);
    return y === null ? [] : [y];
  });
}

function applyDocEdit(doc: Doc, edit: DocEdit): Doc {
  switch (edit.type) {
    case 'replacePolicy':
      return { ...doc, policies: replaceAt(doc.policies, edit.at, () => edit.policy) };
    case 'removePolicy':
      return { ...doc, policies: replaceAt(doc.policies, edit.at, () => null) };
    case 'addPolicy':
      return { ...doc, policies: [...doc.policies, edit.policy] };
    case 'podLabels':
      return {
        ...doc,
        workloads: replaceAt(doc.workloads, edit.at, (w) => ({ ...w, labels: edit.labels })),
      };
    case 'podIps':
      return {
        ...doc,
        workloads: replaceAt(doc.workloads, edit.at, (w) => ({ ...w, ips: edit.ips })),
      };
    case 'namespaceLabels':
      return {
        ...doc,
        namespaces: replaceAt(doc.namespaces, edit.at, (n) => ({
          ...n,
          labels: { ...edit.labels, 'kubernetes.io/metadata.name': n.name },
        })),
      };
    case 'removePod':
      return { ...doc, workloads: replaceAt(doc.workloads, edit.at, () => null) };
    case 'addPod':
      return doc.workloads.some((w) => w.name === edit.pod.name)
        ? doc
        : { ...doc, workloads: [...doc.workloads, edit.pod] };
    case 'podPorts':
      return {
        ...doc,
        workloads: replaceAt(doc.workloads, edit.at, (w) => ({ ...w, ports: edit.ports })),
      };
  }
}

describe('the incremental evaluator against the oracle', () => {
  it('gives the same matrices as the oracle after each of a series of edits', () => {
    fc.assert(
      fc.property(
        arbAnyDoc,
        fc.array(arbEdit, { minLength: 1, maxLength: 4 }),
        arbPortProtocol,
        (start, edits, { port, protocol }) => {
          const evaluator = createEvaluator();
          let doc = start;
          evaluator.compile(doc);
          for (const edit of edits) {
            doc = applyDocEdit(doc, edit);
            const { pods, wrong } = matrixDisagreements(
              doc,
              evaluator.compile(doc),
              port,
              protocol,
            );
            expect(pods).toEqual(keysOf(doc));
            expect({ edit: edit.type, wrong }).toEqual({ edit: edit.type, wrong: [] });
          }
        },
      ),
      propertyRuns(1500),
    );
  });
});

describe('lines derived with their verdicts kept', () => {
  it('are those derived afresh after each of a series of edits', () => {
    fc.assert(
      fc.property(arbAnyDoc, fc.array(arbEdit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        const evaluator = createEvaluator();
        const verdicts = createFlowVerdicts();
        let doc = start;
        deriveFlows(doc, evaluator.compile(doc), verdicts);
        for (const edit of edits) {
          doc = applyDocEdit(doc, edit);
          const kept = deriveFlows(doc, evaluator.compile(doc), verdicts);
          expect({ edit: edit.type, kept }).toEqual({
            edit: edit.type,
            kept: deriveFlows(doc, compilePolicies(doc)),
          });
        }
      }),
      propertyRuns(1000),
    );
  });
});
