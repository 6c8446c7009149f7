/**
 * Golden truth tables for the egress, policyTypes and ipBlock scenarios of the
 * upstream Kubernetes e2e model (`__fixtures__/clusters/upstreamEgress.ts`,
 * `upstreamIpBlock.ts`). Derived by hand from the specification and the
 * upstream expectations, never printed from the engine. Rows are sources,
 * columns destinations; `.` allowed, `X` blocked.
 */
import { describe } from 'vitest';
import { UPSTREAM_EGRESS_SCENARIOS } from '../__fixtures__/clusters/upstreamEgress';
import { UPSTREAM_IPBLOCK_SCENARIOS } from '../__fixtures__/clusters/upstreamIpBlock';
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

/** x/a reaches nothing, every other pair is open. */
const X_A_NO_EGRESS = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   X   X   X
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`;

const tcp80 = (grid: string): GoldenCase => ({ tables: [{ port: 80, protocol: 'TCP', grid }] });

const EGRESS_CASES: Record<string, GoldenCase> = {
  'upstream/deny-egress-x-a': tcp80(X_A_NO_EGRESS),

  'upstream/deny-egress-all-x': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   X   X   X
  x/b  X   X   X   X   X   X   X   X   X
  x/c  X   X   X   X   X   X   X   X   X
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  // Ingress to x/a only from x/b (any port); x/a egresses on TCP 80 only.
  'upstream/ingress-and-egress-together': {
    tables: [
      {
        port: 80,
        protocol: 'TCP',
        grid: `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`,
      },
      {
        port: 81,
        protocol: 'TCP',
        grid: `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   X   X   X
  x/b  .   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`,
      },
    ],
  },

  // x/a egresses to y/a only; y/a and y/b admit x/a only. y/b is unreachable for all.
  'upstream/client-egress-wins-over-server-ingress': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   .   X   X   X   X   X
  x/b  .   .   .   X   X   .   .   .   .
  x/c  .   .   .   X   X   .   .   .   .
  y/a  .   .   .   X   X   .   .   .   .
  y/b  .   .   .   X   X   .   .   .   .
  y/c  .   .   .   X   X   .   .   .   .
  z/a  .   .   .   X   X   .   .   .   .
  z/b  .   .   .   X   X   .   .   .   .
  z/c  .   .   .   X   X   .   .   .   .`),

  'upstream/egress-to-y-a-only': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   .   X   X   X   X   X
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  'upstream/egress-namespace-not-in-y': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   .   .   X   X   X   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  // x/a: all egress allowed, all ingress denied (so x/a → x/a is blocked at the ingress side).
  'upstream/egress-and-ingress-independent': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),

  // The (deny) ingress rules are ignored; x/a egresses to z only.
  'upstream/egress-only-ignores-ingress-rules': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  // Defaults to [Ingress]: x/a admits x/b only; its egress is not isolated.
  'upstream/policy-types-default-ingress-only': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),

  // Defaults to [Ingress, Egress]: no ingress rule admits anyone; egress to y only.
  'upstream/policy-types-default-with-egress': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   .   .   .   X   X   X
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`),
};

/** Only y/a and y/c reach x/a (y/b is excepted; x and z are outside the block). */
const X_A_FROM_Y_A_Y_C = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  X   .   .   .   .   .   .   .   .
  z/b  X   .   .   .   .   .   .   .   .
  z/c  X   .   .   .   .   .   .   .   .`;

const IPBLOCK_CASES: Record<string, GoldenCase> = {
  'upstream/egress-to-pod-ip': tcp80(`
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   .   X   X   X   X
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`),

  // 10.1.0.1/4 is the network 0.0.0.0/4: every pod IP (10.x) is in it, but x/b is excepted.
  'upstream/egress-cidr-except-pod': {
    tables: [
      {
        port: 80,
        protocol: 'TCP',
        grid: `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   X   .   .   .   .   .   .   .
  x/b  .   .   .   .   .   .   .   .   .
  x/c  .   .   .   .   .   .   .   .   .
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`,
      },
    ],
    probes: [
      { from: 'x/a', to: '15.255.255.255', port: 80, protocol: 'TCP', allowed: true },
      { from: 'x/a', to: '16.0.0.0', port: 80, protocol: 'TCP', allowed: false },
      { from: 'x/a', to: '10.1.0.2', port: 80, protocol: 'TCP', allowed: false },
      { from: 'x/a', to: '10.1.0.3', port: 443, protocol: 'UDP', allowed: true },
    ],
  },

  'upstream/except-allowed-by-another-policy': tcp80(ALL_ALLOWED),

  'upstream/ingress-from-cidr-except': {
    tables: [{ port: 80, protocol: 'TCP', grid: X_A_FROM_Y_A_Y_C }],
    probes: [
      { from: '10.2.9.9', to: 'x/a', port: 80, protocol: 'TCP', allowed: true },
      { from: '10.2.0.2', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
      { from: '10.3.0.1', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
      { from: '192.168.1.1', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
      { from: '192.168.1.1', to: 'x/b', port: 80, protocol: 'TCP', allowed: true },
      { from: 'x/a', to: '192.168.1.1', port: 80, protocol: 'TCP', allowed: true },
    ],
  },

  'upstream/ipv6-ingress-from-cidr-except': {
    tables: [{ port: 80, protocol: 'TCP', grid: X_A_FROM_Y_A_Y_C }],
    probes: [
      { from: 'fd00:2::99', to: 'x/a', port: 80, protocol: 'TCP', allowed: true },
      { from: 'fd00:2:0:0:0:0:0:1', to: 'x/a', port: 80, protocol: 'TCP', allowed: true },
      { from: 'fd00:2::2', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
      { from: 'fd00:3::1', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
      { from: '10.2.0.1', to: 'x/a', port: 80, protocol: 'TCP', allowed: false },
    ],
  },
};

describe('golden truth tables: upstream e2e model, egress and policyTypes', () => {
  describeGolden(UPSTREAM_EGRESS_SCENARIOS, EGRESS_CASES);
});

describe('golden truth tables: upstream e2e model, ipBlock', () => {
  describeGolden(UPSTREAM_IPBLOCK_SCENARIOS, IPBLOCK_CASES);
});
