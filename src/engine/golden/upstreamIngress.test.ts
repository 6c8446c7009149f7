/**
 * Golden truth tables for the ingress scenarios of the upstream Kubernetes e2e
 * model (`__fixtures__/clusters/upstreamIngress.ts`). Each table was derived by
 * hand from the specification and, where one exists, the upstream test's
 * expected reachability — never printed from the engine. Rows are sources,
 * columns destinations; `.` allowed, `X` blocked. Upstream ignores a pod
 * talking to itself; here it is evaluated like any other pair.
 */
import { describe } from 'vitest';
import { UPSTREAM_INGRESS_SCENARIOS } from '../__fixtures__/clusters/upstreamIngress';
import type { GoldenCase } from '../__fixtures__/goldenSuite';
import { describeGolden } from '../__fixtures__/goldenSuite';

const ALL_ALLOWED = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`;

/** Only x/b reaches x/a; everything else is open. */
const X_A_FROM_X_B = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`;

/** Only the pods of y reach x/a. */
const X_A_FROM_Y = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`;

/** Nothing reaches x/a. */
const X_A_CLOSED = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`;

const tcp80 = (grid: string): GoldenCase => ({ tables: [{ port: 80, protocol: 'TCP', grid }] });

const CASES: Record<string, GoldenCase> = {
  'upstream/default-deny-ingress': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   .   .   .   .   .   .
  x/b  X   X   X   .   .   .   .   .   .
  x/c  X   X   X   .   .   .   .   .   .
  y/a  X   X   X   .   .   .   .   .   .
  y/b  X   X   X   .   .   .   .   .   .
  y/c  X   X   X   .   .   .   .   .   .
  z/a  X   X   X   .   .   .   .   .   .
  z/b  X   X   X   .   .   .   .   .   .
  z/c  X   X   X   .   .   .   .   .   .`),

  'upstream/default-deny-all': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   X   X   X
  x/b  X   X   X   X   X   X   X   X   X
  x/c  X   X   X   X   X   X   X   X   X
  y/a  X   X   X   .   .   .   .   .   .
  y/b  X   X   X   .   .   .   .   .   .
  y/c  X   X   X   .   .   .   .   .   .
  z/a  X   X   X   .   .   .   .   .   .
  z/b  X   X   X   .   .   .   .   .   .
  z/c  X   X   X   .   .   .   .   .   .`),

  'upstream/x-a-allows-x-b': tcp80(X_A_FROM_X_B),

  'upstream/allow-all-to-x-a-over-deny': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   X   X   .   .   .   .   .   .
  x/b  .   X   X   .   .   .   .   .   .
  x/c  .   X   X   .   .   .   .   .   .
  y/a  .   X   X   .   .   .   .   .   .
  y/b  .   X   X   .   .   .   .   .   .
  y/c  .   X   X   .   .   .   .   .   .
  z/a  .   X   X   .   .   .   .   .   .
  z/b  .   X   X   .   .   .   .   .   .
  z/c  .   X   X   .   .   .   .   .   .`),

  'upstream/x-a-from-all-namespaces': tcp80(ALL_ALLOWED),

  'upstream/x-a-from-namespace-y': tcp80(X_A_FROM_Y),

  'upstream/x-a-allows-x-b-match-expressions': tcp80(X_A_FROM_X_B),

  'upstream/x-a-from-namespace-y-match-expressions': tcp80(X_A_FROM_Y),

  // ns NotIn [x] OR pod=b (of x): x/a and x/c are the only ones kept out.
  'upstream/x-a-pod-or-namespace': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  // ns NotIn [x] AND pod=b: y/b and z/b.
  'upstream/x-a-pod-and-namespace': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),

  // ns NotIn [x] AND pod In [b, c].
  'upstream/x-a-from-b-c-outside-x': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  'upstream/x-a-from-b-or-c': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),

  'upstream/x-a-from-y-a-only': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),

  'upstream/x-a-from-unlabelled-namespace': tcp80(X_A_CLOSED),

  'upstream/x-a-from-updated-namespace': tcp80(X_A_FROM_Y),

  // y/b carries the labels too, but a podSelector alone only looks in x.
  'upstream/x-a-from-updated-pod': tcp80(X_A_FROM_X_B),

  'upstream/deny-from-other-namespaces': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  X   X   X   .   .   .   .   .   .
  y/b  X   X   X   .   .   .   .   .   .
  y/c  X   X   X   .   .   .   .   .   .
  z/a  X   X   X   .   .   .   .   .   .
  z/b  X   X   X   .   .   .   .   .   .
  z/c  X   X   X   .   .   .   .   .   .`),

  'upstream/isolate-updated-pod': tcp80(X_A_CLOSED),

  'upstream/policy-selects-only-its-namespace': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   .   .   .   .   .   X   .   .
  x/b  .   .   .   .   .   .   X   .   .
  x/c  .   .   .   .   .   .   X   .   .
  y/a  .   .   .   .   .   .   X   .   .
  y/b  .   .   .   .   .   .   X   .   .
  y/c  .   .   .   .   .   .   X   .   .
  z/a  .   .   .   .   .   .   X   .   .
  z/b  .   .   .   .   .   .   X   .   .
  z/c  .   .   .   .   .   .   X   .   .`),

  'upstream/policy-in-namespace-without-pods': tcp80(ALL_ALLOWED),
};

describe('golden truth tables: upstream e2e model, ingress', () => {
  describeGolden(UPSTREAM_INGRESS_SCENARIOS, CASES);
});
