/**
 * Golden truth tables for the port and protocol scenarios of the upstream
 * Kubernetes e2e model (`__fixtures__/clusters/upstreamPorts.ts`): numeric and
 * named ports, endPort, TCP/UDP/SCTP kept apart. Derived by hand from the
 * specification and the upstream expectations, never printed from the engine.
 */
import { describe } from 'vitest';
import { UPSTREAM_PORT_SCENARIOS } from '../__fixtures__/clusters/upstreamPorts';
import type { GoldenCase } from '../__fixtures__/goldenSuite';
import { describeGolden, on } from '../__fixtures__/goldenSuite';
import type { TruthTable } from '../__fixtures__/truthTable';

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

/** Nothing reaches any pod of x. */
const INTO_X_CLOSED = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   .   .   .   .   .   .
  x/b  X   X   X   .   .   .   .   .   .
  x/c  X   X   X   .   .   .   .   .   .
  y/a  X   X   X   .   .   .   .   .   .
  y/b  X   X   X   .   .   .   .   .   .
  y/c  X   X   X   .   .   .   .   .   .
  z/a  X   X   X   .   .   .   .   .   .
  z/b  X   X   X   .   .   .   .   .   .
  z/c  X   X   X   .   .   .   .   .   .`;

/** No pod of x reaches anything. */
const OUT_OF_X_CLOSED = `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   X   X   X   X   X   X   X   X
  x/b  X   X   X   X   X   X   X   X   X
  x/c  X   X   X   X   X   X   X   X   X
  y/a  .   .   .   .   .   .   .   .   .
  y/b  .   .   .   .   .   .   .   .   .
  y/c  .   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`;

const tables = (...t: TruthTable[]): GoldenCase => ({ tables: t });

const CASES: Record<string, GoldenCase> = {
  'upstream/x-a-from-y-on-81': tables(on(81, 'TCP', X_A_FROM_Y), on(80, 'TCP', X_A_CLOSED)),

  'upstream/stacked-port-policies': tables(on(81, 'TCP', X_A_FROM_Y), on(80, 'TCP', X_A_FROM_Y)),

  'upstream/allow-all-in-x': tables(on(80, 'TCP', ALL_ALLOWED), on(81, 'TCP', ALL_ALLOWED)),

  // serve-81-tcp exists on every pod as 81/TCP; 80/TCP and 81/UDP match no entry.
  'upstream/named-port-serve-81-tcp': tables(
    on(81, 'TCP', ALL_ALLOWED),
    on(80, 'TCP', INTO_X_CLOSED),
    on(81, 'UDP', INTO_X_CLOSED),
  ),

  'upstream/named-port-from-namespace-y': tables(
    on(80, 'TCP', X_A_FROM_Y),
    on(81, 'TCP', X_A_CLOSED),
  ),

  // Named egress ports resolve on the destination: every pod serves serve-80-tcp on 80.
  'upstream/egress-named-port': tables(on(80, 'TCP', ALL_ALLOWED), on(81, 'TCP', OUT_OF_X_CLOSED)),

  'upstream/ingress-any-tcp-port': tables(
    on(80, 'TCP', ALL_ALLOWED),
    on(81, 'TCP', ALL_ALLOWED),
    on(80, 'UDP', X_A_CLOSED),
    on(81, 'SCTP', X_A_CLOSED),
  ),

  'upstream/ingress-port-80-only': tables(on(80, 'TCP', ALL_ALLOWED), on(81, 'TCP', INTO_X_CLOSED)),

  'upstream/ingress-allow-all-adds-up': tables(
    on(81, 'TCP', ALL_ALLOWED),
    on(80, 'TCP', ALL_ALLOWED),
  ),

  'upstream/egress-port-80-only': tables(
    on(80, 'TCP', ALL_ALLOWED),
    on(81, 'TCP', OUT_OF_X_CLOSED),
  ),

  'upstream/egress-allow-all-adds-up': tables(
    on(81, 'TCP', ALL_ALLOWED),
    on(80, 'TCP', ALL_ALLOWED),
  ),

  'upstream/sctp-is-not-tcp': tables(
    on(81, 'TCP', INTO_X_CLOSED),
    on(
      81,
      'SCTP',
      `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   X   X   .   .   .   .   .   .
  x/b  .   X   X   .   .   .   .   .   .
  x/c  .   X   X   .   .   .   .   .   .
  y/a  .   X   X   .   .   .   .   .   .
  y/b  .   X   X   .   .   .   .   .   .
  y/c  .   X   X   .   .   .   .   .   .
  z/a  .   X   X   .   .   .   .   .   .
  z/b  .   X   X   .   .   .   .   .   .
  z/c  .   X   X   .   .   .   .   .   .`,
    ),
  ),

  'upstream/sctp-rule-still-isolates': tables(
    on(81, 'TCP', X_A_CLOSED),
    on(80, 'TCP', X_A_CLOSED),
    on(80, 'SCTP', ALL_ALLOWED),
  ),

  'upstream/udp-is-not-tcp': tables(on(81, 'TCP', X_A_CLOSED), on(81, 'UDP', ALL_ALLOWED)),

  // TCP 81-90 and UDP 75-80, both ends inclusive.
  'upstream/end-port-ranges': tables(
    on(80, 'TCP', X_A_CLOSED),
    on(81, 'TCP', ALL_ALLOWED),
    on(90, 'TCP', ALL_ALLOWED),
    on(91, 'TCP', X_A_CLOSED),
    on(74, 'UDP', X_A_CLOSED),
    on(75, 'UDP', ALL_ALLOWED),
    on(80, 'UDP', ALL_ALLOWED),
    on(81, 'UDP', X_A_CLOSED),
    on(85, 'SCTP', X_A_CLOSED),
  ),

  'upstream/named-port-protocol-must-match': tables(
    on(80, 'TCP', X_A_CLOSED),
    on(80, 'UDP', X_A_CLOSED),
    on(
      81,
      'UDP',
      `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  X   .   .   .   .   .   .   .   .
  x/b  X   .   .   .   .   .   .   .   .
  x/c  X   .   .   .   .   .   .   .   .
  y/a  X   .   .   .   .   .   .   .   .
  y/b  X   .   .   .   .   .   .   .   .
  y/c  X   .   .   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`,
    ),
  ),

  'upstream/empty-from-with-ports': tables(
    on(80, 'TCP', ALL_ALLOWED),
    on(81, 'TCP', INTO_X_CLOSED),
  ),

  // x/b and x/c admit namespace z only (the DoesNotExist rule matches no pod); x/a is untouched.
  'upstream/selector-operators': tables(
    on(
      80,
      'TCP',
      `
      x/a x/b x/c y/a y/b y/c z/a z/b z/c
  x/a  .   X   X   .   .   .   .   .   .
  x/b  .   X   X   .   .   .   .   .   .
  x/c  .   X   X   .   .   .   .   .   .
  y/a  .   X   X   .   .   .   .   .   .
  y/b  .   X   X   .   .   .   .   .   .
  y/c  .   X   X   .   .   .   .   .   .
  z/a  .   .   .   .   .   .   .   .   .
  z/b  .   .   .   .   .   .   .   .   .
  z/c  .   .   .   .   .   .   .   .   .`,
    ),
  ),
};

describe('golden truth tables: upstream e2e model, ports and protocols', () => {
  describeGolden(UPSTREAM_PORT_SCENARIOS, CASES);
});
