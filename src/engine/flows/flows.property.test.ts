/**
 * Properties of derived and drawn flows on random small documents
 * (`__fixtures__/arbitraries.ts`), checked against the oracle where a verdict
 * is involved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workload } from '../../model';
import { podKeyOf } from '../../model';
import { ARB_PROTOCOLS, arbDoc } from '../__fixtures__/arbitraries';
import { naiveAllowed } from '../__fixtures__/naiveEvaluator';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { allowFlow, removeFlow } from './allow';
import { deriveFlows } from './derive';
import { isTrafficAllowed } from '../verdict/evaluate';
import { propertyRuns } from '../__fixtures__/propertyRuns';

const arbAnyDoc = fc.oneof(arbDoc({ maxPods: 8, maxPolicies: 5 }), arbDoc({ normalized: false }));

describe('derived flows', () => {
  it('have unique ids, are never blocked by their own rule, and agree with the oracle', () => {
    fc.assert(
      fc.property(arbAnyDoc, (doc) => {
        const flows = deriveFlows(doc, compilePolicies(doc));
        expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
        for (const flow of flows) {
          const verdict = flow.sample?.verdict;
          if (verdict === undefined) continue;
          const own = flow.rule.direction === 'ingress' ? verdict.ingress : verdict.egress;
          expect(own.allowed).toBe(true);
          const { from, to, port, protocol } = verdict.traffic;
          expect(naiveAllowed(doc, from, to, port, protocol)).toBe(verdict.allowed);
          expect(flow.status === 'allowed').toBe(verdict.allowed);
        }
      }),
      propertyRuns(1500),
    );
  });
});

describe('a drawn flow', () => {
  it('allows what was drawn, and removing it gives back the document', () => {
    let drawn = 0;
    const runs = propertyRuns(1500);
    fc.assert(
      fc.property(
        arbDoc({ maxPods: 8, maxPolicies: 5 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(53, 80, 443, 5000),
        fc.constantFrom(...ARB_PROTOCOLS),
        (doc, i, j, port, protocol) => {
          const source = doc.workloads[i % Math.max(1, doc.workloads.length)];
          const target = doc.workloads[j % Math.max(1, doc.workloads.length)];
          if (source === undefined || target === undefined) return;
          const end = (w: Workload): FlowEnd => ({
            kind: 'workload',
            namespace: w.namespace,
            name: w.name,
          });
          const result = allowFlow(doc, {
            from: end(source),
            to: end(target),
            ports: [{ protocol, port }],
          });
          if (result.record === null) {
            expect(result.doc).toBe(doc);
            return;
          }
          drawn++;
          const verdict = isTrafficAllowed(compilePolicies(result.doc), {
            from: { kind: 'pod', key: podKeyOf(source.namespace, source.name) },
            to: { kind: 'pod', key: podKeyOf(target.namespace, target.name) },
            port,
            protocol,
          });
          expect(verdict.allowed).toBe(true);
          expect(removeFlow(result.doc, result.record.id)).toEqual(doc);
        },
      ),
      runs,
    );
    // About a quarter of the runs draw a flow: at least one in five (300 of the full 1500),
    // or, with the few runs made locally, a quarter less four standard deviations.
    const n = runs.numRuns;
    expect(drawn).toBeGreaterThan(Math.min(n / 5, n / 4 - 4 * Math.sqrt(n * (3 / 16))));
  });
});
