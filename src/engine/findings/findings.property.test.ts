/**
 * Findings on thousands of random small documents (`__fixtures__/arbitraries.ts`,
 * plus copies of a policy or of a rule, so that redundancy is common): every
 * fix clears its finding; removing what redundancy reports, alone or all of it
 * together, changes no verdict; a DNS fix isolates no pod that was free; a
 * workload reported unreachable is reached by no pod and no address.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import { podKeyOf } from '../../model';
import { ARB_IPS, arbDoc } from '../__fixtures__/arbitraries';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { compilePolicies } from '../compile/compile';
import { applyEdit } from '../edits/applyEdit';
import { isTrafficAllowed } from '../verdict/evaluate';
import { findFindings } from './findFindings';
import type { Finding } from './types';
import { propertyRuns } from '../__fixtures__/propertyRuns';

/** A copy of policy `k` (whole, or with its first rule repeated), appended or in place. */
function withCopy(doc: Doc, k: number, whole: boolean): Doc {
  const policy = doc.policies[k % Math.max(1, doc.policies.length)];
  if (policy === undefined) return doc;
  if (whole) {
    const copy: NetworkPolicy = {
      ...policy,
      metadata: { ...policy.metadata, name: `${policy.metadata.name}-copy` },
    };
    return { ...doc, policies: [...doc.policies, copy] };
  }
  const direction = (policy.spec.ingress ?? []).length > 0 ? 'ingress' : 'egress';
  const rules = policy.spec[direction] ?? [];
  const [first] = rules;
  if (first === undefined) return doc;
  const next = { ...policy, spec: { ...policy.spec, [direction]: [...rules, first] } };
  return { ...doc, policies: doc.policies.map((p) => (p === policy ? next : p)) };
}

const arbDocs = fc.oneof(
  arbDoc(),
  arbDoc({ normalized: false }),
  fc.tuple(arbDoc(), fc.nat(), fc.boolean()).map(([doc, k, whole]) => withCopy(doc, k, whole)),
);

const findings = (doc: Doc) => findFindings(doc, compilePolicies(doc));

describe('on random documents', () => {
  it('every fix clears its finding (of redundant copies, one fewer is left)', () => {
    fc.assert(
      fc.property(arbDocs, (doc) => {
        const before = findings(doc);
        for (const finding of before) {
          if (finding.fix === null) continue;
          const fixed = applyEdit(doc, finding.fix);
          expect(fixed).not.toBe(doc);
          const after = findings(fixed);
          const still = after.some((f) => f.id === finding.id);
          if (still && (finding.kind === 'ruleRedundant' || finding.kind === 'policyRedundant')) {
            // Rules are named by position: after removing one of three
            // identical rules, the next copy takes its place (and its id).
            const redundant = (list: readonly Finding[]) =>
              list.filter((f) => f.kind === finding.kind).length;
            expect(redundant(after)).toBeLessThan(redundant(before));
          } else {
            expect(still).toBe(false);
          }
        }
      }),
      propertyRuns(400),
    );
  });

  it('removing a reported redundancy, or all of them together, changes no verdict', () => {
    fc.assert(
      fc.property(arbDocs, (doc) => {
        const redundant = findings(doc).filter(
          (f) => f.kind === 'ruleRedundant' || f.kind === 'policyRedundant',
        );
        let all = doc;
        for (const finding of [...redundant].reverse()) {
          if (finding.fix === null) continue;
          expect(verdictsChanged(doc, applyEdit(doc, finding.fix))).toEqual([]);
          all = applyEdit(all, finding.fix);
        }
        expect(verdictsChanged(doc, all)).toEqual([]);
      }),
      propertyRuns(400),
    );
  });

  it('a DNS fix isolates no pod that was free (no DNS pods here: no verdict changes)', () => {
    fc.assert(
      fc.property(arbDocs, (doc) => {
        for (const finding of findings(doc)) {
          if (finding.kind !== 'egressWithoutDns' || finding.fix === null) continue;
          expect(verdictsChanged(doc, applyEdit(doc, finding.fix))).toEqual([]);
        }
      }),
      propertyRuns(300),
    );
  });

  it('no pod and no address may connect to a workload reported unreachable', () => {
    fc.assert(
      fc.property(arbDocs, (doc) => {
        const index = compilePolicies(doc);
        for (const finding of findFindings(doc, index)) {
          if (finding.kind !== 'workloadUnreachable') continue;
          const [subject] = finding.subjects;
          if (subject?.kind !== 'workload') throw new Error('expected the workload first');
          const key = podKeyOf(subject.namespace, subject.name);
          const target = doc.workloads.find((w) => podKeyOf(w.namespace, w.name) === key);
          const sources = [
            ...index.pods.filter((p) => p !== key).map((k) => ({ kind: 'pod' as const, key: k })),
            ...ARB_IPS.map((ip) => ({ kind: 'ip' as const, ip })),
          ];
          for (const { containerPort, protocol } of target?.ports ?? []) {
            for (const from of sources) {
              const to = { kind: 'pod' as const, key };
              const verdict = isTrafficAllowed(index, { from, to, port: containerPort, protocol });
              expect(verdict.ingress.allowed).toBe(false);
            }
          }
        }
      }),
      propertyRuns(400),
    );
  });
});
