import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyPort } from '../../model';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import { deriveFlows } from './derive';
import { endLabel } from './ends';

/** Each flow's `from → to: reason`. */
function reasons(doc: Doc): string[] {
  return deriveFlows(doc, compilePolicies(doc)).map(
    (f) => `${endLabel(f.from)} → ${endLabel(f.to)}: ${f.reason}`,
  );
}

/** web in x admits `from` on `ports`; `others` are more pods, `namespaces` more namespaces. */
function webAdmits(
  from: object,
  options: { ports?: NetworkPolicyPort[]; others?: string[]; namespaces?: string[] } = {},
): Doc {
  return docOf({
    namespaces: (options.namespaces ?? []).map((n) => namespaceOf(n)),
    workloads: [
      podOf('x/web', { app: 'web' }),
      ...(options.others ?? []).map((key) => podOf(key, { app: 'other' })),
    ],
    policies: [
      policyOf('x/web', {
        podSelector: { matchLabels: { app: 'web' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [from], ...(options.ports && { ports: options.ports }) }],
      }),
    ],
  });
}

describe('a line with no connection to check says why, truly', () => {
  it('when the only workload at both ends is the same one', () => {
    // Recipe 05: every namespace may reach web, whose namespace holds web alone.
    expect(reasons(webAdmits({ namespaceSelector: {} }))).toEqual([
      'namespace x → x/web: nothing to check: the only workload at both ends is x/web itself',
    ]);
  });

  it('when one end holds no workload', () => {
    const doc = webAdmits(
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'empty' } } },
      { namespaces: ['empty'] },
    );
    expect(reasons(doc)).toEqual([
      'namespace empty → x/web: nothing to check: namespace empty holds no workload',
    ]);
  });

  it('when no workload it leads to declares the port the rule names', () => {
    const doc = webAdmits(
      { podSelector: { matchLabels: { app: 'other' } } },
      { ports: [{ port: 'grpc' }], others: ['x/client'] },
    );
    expect(reasons(doc)).toEqual([
      'x/client → x/web: nothing to check: no workload at x/web declares TCP port named grpc',
    ]);
  });
});
