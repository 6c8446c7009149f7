/**
 * The upstream Kubernetes NetworkPolicy e2e truth tables, through the real
 * command: `reach FILE --json` on clusters written as YAML the way a person
 * (or `kubectl get -o yaml`) writes them — Namespace objects with labels, Pod
 * objects with named container ports and `status.podIP`, and each test's
 * policies in their final state (`__fixtures__/upstream/`). Expectations are
 * the upstream tests' own `Reachability` calls
 * (test/e2e/network/netpol/network_policy.go); where a case goes beyond what
 * upstream probes (another protocol, endPort, IPv6), the comment says so and
 * the expectation follows the API's documented semantics. Upstream ignores a
 * pod talking to itself; here self pairs must be present and are compared
 * wherever the expectation is unambiguous.
 */
import { describe, expect, it } from 'vitest';
import type { Protocol } from '../model';
import { cli } from './testCli';
import type { Reachability, Table } from './testReachability';
import { mismatches, reachabilityOf } from './testReachability';

const DIR = 'src/cli/__fixtures__/upstream';
const XYZ = ['x/a', 'x/b', 'x/c', 'y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c'];

interface Check {
  readonly port: number;
  readonly protocol: Protocol;
  /** Upstream `reachability.Expect…` calls, from "everything allowed". */
  readonly expect: (r: Reachability) => void;
  /** Self pairs too (true when the expectation for them is unambiguous). */
  readonly loopback?: boolean;
}

interface Case {
  readonly file: string;
  readonly pods?: readonly string[];
  readonly args?: readonly string[];
  readonly checks: readonly Check[];
}

type Reach = { results: { port: number; protocol: Protocol; allowed: Table }[] };

const each = (
  ports: readonly number[],
  protocols: readonly Protocol[],
  c: Omit<Check, 'port' | 'protocol'>,
) => ports.flatMap((port) => protocols.map((protocol) => ({ port, protocol, ...c })));

const CASES: readonly Case[] = [
  {
    file: '01-default-deny-ingress.yaml',
    // Upstream probes TCP 80 (and UDP/SCTP 80 in the protocol suites); a rule-less
    // policy isolates every port of every protocol.
    checks: each([80, 81], ['TCP', 'UDP', 'SCTP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({}, { namespace: 'x' }, false);
      },
    }),
  },
  {
    file: '02-default-deny-all.yaml',
    checks: each([80, 81], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({}, { namespace: 'x' }, false);
        r.expectPeer({ namespace: 'x' }, {}, false);
      },
    }),
  },
  {
    file: '03-pod-selector-and-target.yaml',
    checks: each([80, 81], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllIngress('x/a', false);
        r.expect('x/b', 'x/a', true);
        r.expectAllIngress('y/a', true);
        r.expectAllIngress('y/b', false);
        r.expectAllIngress('y/c', false);
      },
    }),
  },
  {
    file: '04-namespace-selector-default-label.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false);
        r.expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
      },
    }),
  },
  {
    file: '05-match-expressions-or.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expect('x/a', 'x/a', false);
        r.expect('x/c', 'x/a', false);
      },
    }),
  },
  {
    file: '06-match-expressions-and.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllIngress('x/a', false);
        r.expect('y/b', 'x/a', true);
        r.expect('z/b', 'x/a', true);
      },
    }),
  },
  {
    file: '07-multiple-selectors-in.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false);
        r.expect('y/a', 'x/a', false);
        r.expect('z/a', 'x/a', false);
      },
    }),
  },
  {
    file: '08-stacked-ports.yaml',
    checks: each([80, 81], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false);
        r.expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true);
        r.expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
      },
    }),
  },
  {
    file: '09-named-port-ingress.yaml',
    checks: [
      ...each([81], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectAllIngress('y/a', false);
        },
      }),
      ...each([80], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectPeer({ namespace: 'x' }, { namespace: 'y', pod: 'a' }, false);
          r.expectPeer({ namespace: 'y' }, { namespace: 'y', pod: 'a' }, false);
        },
      }),
      // Beyond upstream: a named port without protocol is TCP, so serve-81-tcp and
      // serve-80-tcp open nothing on UDP or SCTP.
      ...each([80, 81], ['UDP', 'SCTP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllIngress('y/a', false);
        },
      }),
    ],
  },
  {
    file: '10-named-port-egress.yaml',
    args: ['--port', '53', '--protocol', 'UDP'],
    checks: [
      ...each([80], ['TCP'], { loopback: true, expect: () => undefined }),
      ...each([81], ['TCP', 'UDP', 'SCTP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({ namespace: 'x' }, {}, false);
        },
      }),
      ...each([80], ['UDP', 'SCTP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({ namespace: 'x' }, {}, false);
        },
      }),
      // The policy's second rule: UDP 53 to anyone.
      ...each([53], ['UDP'], { loopback: true, expect: () => undefined }),
    ],
  },
  {
    file: '11-updated-namespace-and-pod.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllIngress('x/a', false);
        r.expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true);
        r.expect('x/b', 'x/a', true);
        // The same pod policy in z: a podSelector alone looks in the policy's namespace.
        r.expectAllIngress('z/a', false);
      },
    }),
  },
  {
    file: '12-updated-policy-and-pod-isolated.yaml',
    checks: each([80, 81], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({}, { namespace: 'x' }, false);
        r.expectAllIngress('y/a', false);
      },
    }),
  },
  {
    file: '13-deny-other-namespaces-and-egress.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'y' }, { namespace: 'x' }, false);
        r.expectPeer({ namespace: 'z' }, { namespace: 'x' }, false);
        r.expectAllEgress('y/a', false);
        r.expectPeer({ namespace: 'z' }, {}, false);
      },
    }),
  },
  {
    file: '14-ingress-and-egress-together.yaml',
    checks: [
      ...each([80], ['TCP'], {
        expect: (r) => {
          r.expectAllIngress('x/a', false);
          r.expect('x/b', 'x/a', true);
        },
      }),
      ...each([81], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectAllIngress('x/a', false);
          r.expectAllEgress('x/a', false);
          r.expect('x/b', 'x/a', true);
        },
      }),
    ],
  },
  {
    file: '15-client-side-egress-denial.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'x', pod: 'a' }, {}, false);
        r.expectPeer({}, { namespace: 'y', pod: 'a' }, false);
        r.expectPeer({ namespace: 'x', pod: 'a' }, { namespace: 'y', pod: 'a' }, true);
        r.expectPeer({}, { namespace: 'y', pod: 'b' }, false);
      },
    }),
  },
  {
    file: '16-protocol-only.json',
    checks: [
      ...each([80], ['TCP'], { loopback: true, expect: () => undefined }),
      ...each([80], ['UDP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x', pod: 'a' }, false);
        },
      }),
    ],
  },
  {
    file: '17-allow-all-precedence.yaml',
    checks: each([81], ['TCP'], { loopback: true, expect: () => undefined }),
  },
  {
    file: '18-only-port-80.yaml',
    checks: each([81], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({}, { namespace: 'x' }, false);
        r.expectPeer({ namespace: 'y' }, {}, false);
      },
    }),
  },
  {
    file: '19-cidr-egress.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllEgress('x/a', false);
        r.expect('x/a', 'y/b', true);
      },
    }),
  },
  {
    file: '20-cidr-except.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expect('x/a', 'x/b', false);
      },
    }),
  },
  {
    file: '21-cidr-except-overlap.yaml',
    checks: each([80], ['TCP'], { loopback: true, expect: () => undefined }),
  },
  {
    file: '22-ingress-egress-independent.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllIngress('x/a', false);
      },
    }),
  },
  {
    file: '23-sctp-udp-not-tcp.yaml',
    args: ['--port', '80', '--protocol', 'SCTP'],
    checks: [
      ...each([81], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllIngress('y/a', false);
          r.expectAllIngress('z/a', false);
        },
      }),
      // Beyond upstream (which probes TCP only): what each policy does allow.
      ...each([81], ['SCTP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllIngress('x/a', true);
          r.expectAllIngress('y/a', false);
          r.expectAllIngress('z/a', false);
        },
      }),
      ...each([80], ['SCTP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllIngress('z/a', false);
        },
      }),
      ...each([81], ['UDP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllIngress('y/a', false);
        },
      }),
    ],
  },
  {
    file: '24-default-ns-label-egress.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectPeer({ namespace: 'x', pod: 'a' }, { namespace: 'y' }, false);
      },
    }),
  },
  {
    // Beyond upstream's probes: endPort ranges are inclusive and per protocol.
    file: '25-end-port.yaml',
    args: ['--port', '85', '--protocol', 'udp'],
    checks: [
      ...each([80, 81], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false);
          r.expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
          r.expectPeer({}, { namespace: 'y' }, false);
        },
      }),
      ...each([80], ['UDP'], {
        loopback: true,
        expect: (r) => {
          r.expectAllIngress('x/a', false);
          r.expectPeer({}, { namespace: 'y' }, false);
        },
      }),
      ...each([81, 85], ['UDP'], {
        loopback: true,
        expect: (r) => {
          r.expectAllIngress('x/a', false);
        },
      }),
    ],
  },
  {
    // The except test on IPv6 pods, and an ingress ipBlock written with host bits.
    file: '26-ipv6-cidr-except.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expect('x/a', 'x/b', false);
        r.expectAllIngress('z/c', false);
        r.expect('y/b', 'z/c', true);
        r.expect('y/c', 'z/c', true);
      },
    }),
  },
  {
    file: '27-cidr-host-bits.yaml',
    checks: each([80], ['TCP'], {
      loopback: true,
      expect: (r) => {
        r.expectAllIngress('x/a', false);
        r.expect('y/a', 'x/a', true);
        r.expect('y/b', 'x/a', true);
      },
    }),
  },
  {
    file: '28-deny-all-egress-dns.yaml',
    pods: [...XYZ, 'kube-system/coredns-5d78c9869d-8xk2p'],
    checks: [
      ...each([80, 9153], ['TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectPeer({ namespace: 'x' }, {}, false);
          r.expectAllEgress('y/a', false);
        },
      }),
      ...each([53], ['UDP', 'TCP'], {
        loopback: true,
        expect: (r) => {
          r.expectPeer({}, { namespace: 'x' }, false);
          r.expectAllEgress('y/a', false);
          r.expect('y/a', 'kube-system/coredns-5d78c9869d-8xk2p', true);
        },
      }).map((check) =>
        // x's only egress rule is UDP 53 (to anyone): TCP 53 leaves x nowhere.
        check.protocol === 'UDP'
          ? check
          : {
              ...check,
              expect: (r: Reachability) => {
                check.expect(r);
                r.expectPeer({ namespace: 'x' }, {}, false);
              },
            },
      ),
    ],
  },
];

async function reach(file: string, args: readonly string[]): Promise<Reach> {
  const run = await cli(['reach', `${DIR}/${file}`, '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Reach;
}

describe.concurrent('reach --json against the upstream e2e truth tables', () => {
  for (const c of CASES) {
    it(`matches every cell of ${c.file}`, async () => {
      const pods = c.pods ?? XYZ;
      const results = [...(await reach(c.file, [])).results];
      if (c.args !== undefined) results.push(...(await reach(c.file, c.args)).results);
      for (const check of c.checks) {
        const label = `${check.port}/${check.protocol}`;
        const result = results.find((r) => r.port === check.port && r.protocol === check.protocol);
        expect(result, `no result for ${label}`).toBeDefined();
        if (result === undefined) continue;
        expect(Object.keys(result.allowed)).toEqual(pods);
        for (const from of pods) expect(Object.keys(result.allowed[from] ?? {})).toEqual(pods);
        const r = reachabilityOf(pods);
        check.expect(r);
        const wrong = mismatches(r.expected, result.allowed, {
          ignoreLoopback: check.loopback !== true,
        });
        expect(wrong, `${c.file} ${label}`).toEqual([]);
      }
    });
  }
});
