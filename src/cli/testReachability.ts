/**
 * Expected reachability written the way the upstream Kubernetes e2e suite
 * writes it (test/e2e/network/netpol/reachability.go): start from "everything
 * allowed", then `expectPeer`, `expectAllIngress`, `expectAllEgress` and
 * `expect` overwrite cells in order. `mismatches` compares with what
 * `reach --json` printed; upstream ignores a pod talking to itself
 * (loopback is undefined across CNIs), so the comparison can too.
 */

/** Matches pods by namespace and/or name; an absent field matches every pod. */
export interface Peer {
  readonly namespace?: string;
  readonly pod?: string;
}

export type Table = Record<string, Record<string, boolean>>;

export interface Reachability {
  readonly pods: readonly string[];
  readonly expected: Table;
  expect(from: string, to: string, connected: boolean): void;
  expectAllIngress(pod: string, connected: boolean): void;
  expectAllEgress(pod: string, connected: boolean): void;
  expectPeer(from: Peer, to: Peer, connected: boolean): void;
}

function peerMatches(peer: Peer, pod: string): boolean {
  const slash = pod.indexOf('/');
  const namespace = pod.slice(0, slash);
  const name = pod.slice(slash + 1);
  return (
    (peer.namespace === undefined || peer.namespace === namespace) &&
    (peer.pod === undefined || peer.pod === name)
  );
}

export function reachabilityOf(pods: readonly string[], connected = true): Reachability {
  const expected: Table = {};
  for (const from of pods) {
    expected[from] = Object.fromEntries(pods.map((to) => [to, connected]));
  }
  const set = (from: string, to: string, value: boolean) => {
    const row = expected[from];
    if (row === undefined || !(to in row)) throw new Error(`no pod pair ${from} -> ${to}`);
    row[to] = value;
  };
  return {
    pods,
    expected,
    expect: set,
    expectAllIngress: (pod, value) => {
      pods.forEach((from) => {
        set(from, pod, value);
      });
    },
    expectAllEgress: (pod, value) => {
      pods.forEach((to) => {
        set(pod, to, value);
      });
    },
    expectPeer: (from, to, value) => {
      for (const f of pods.filter((p) => peerMatches(from, p))) {
        for (const t of pods.filter((p) => peerMatches(to, p))) set(f, t, value);
      }
    },
  };
}

/** Every cell where the observation differs, as `from -> to: expected E, observed O`. */
export function mismatches(
  expected: Table,
  observed: Table,
  options: { readonly ignoreLoopback: boolean },
): string[] {
  const out: string[] = [];
  for (const [from, row] of Object.entries(expected)) {
    for (const [to, want] of Object.entries(row)) {
      if (options.ignoreLoopback && from === to) continue;
      const got = observed[from]?.[to];
      if (got !== want) out.push(`${from} -> ${to}: expected ${want}, observed ${String(got)}`);
    }
  }
  return out;
}
