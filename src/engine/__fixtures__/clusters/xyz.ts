/**
 * The cluster of the upstream Kubernetes NetworkPolicy e2e suite
 * (test/e2e/network/netpol): namespaces x, y and z, each labelled `ns: <name>`
 * (and `kubernetes.io/metadata.name`), each holding pods a, b and c labelled
 * `pod: <name>`. Every pod serves ports 80 and 81 on TCP, UDP and SCTP under
 * the upstream names (`serve-80-tcp`, `serve-81-udp`, …) and has one IPv4
 * address: `10.<1|2|3 for x|y|z>.0.<1|2|3 for a|b|c>` (x/b is 10.1.0.2).
 */
import type { Doc, Labels, NetworkPolicy, Protocol } from '../../../model';
import { containerPort, nsObject, podObject } from './objects';

export const XYZ_NAMESPACES = ['x', 'y', 'z'] as const;
export const XYZ_POD_NAMES = ['a', 'b', 'c'] as const;
export type XyzNamespace = (typeof XYZ_NAMESPACES)[number];
export type XyzPodName = (typeof XYZ_POD_NAMES)[number];

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** The IPv4 address of pod `ns/pod`, e.g. `xyzIp('y', 'b')` is `10.2.0.2`. */
export function xyzIp(ns: XyzNamespace, pod: XyzPodName): string {
  return `10.${XYZ_NAMESPACES.indexOf(ns) + 1}.0.${XYZ_POD_NAMES.indexOf(pod) + 1}`;
}

/** The IPv6 address a dual-stack variant gives pod `ns/pod`, e.g. `fd00:2::2` for y/b. */
export function xyzIpv6(ns: XyzNamespace, pod: XyzPodName): string {
  return `fd00:${XYZ_NAMESPACES.indexOf(ns) + 1}::${XYZ_POD_NAMES.indexOf(pod) + 1}`;
}

export interface XyzVariant {
  /** Extra labels per namespace (e.g. `{ y: { ns2: 'updated' } }`). */
  readonly namespaceLabels?: Partial<Record<XyzNamespace, Labels>>;
  /** Extra labels per pod key (e.g. `{ 'x/b': { pod2: 'updated' } }`). */
  readonly podLabels?: Readonly<Record<string, Labels>>;
  /** Give every pod of these namespaces an IPv6 address too (dual stack). */
  readonly dualStack?: readonly XyzNamespace[];
  /** More (empty) namespaces, e.g. one that holds only a policy. */
  readonly extraNamespaces?: readonly string[];
}

/** The 3×3 model with `policies`; pods in document order x/a, x/b, x/c, y/a, …, z/c. */
export function xyzCluster(policies: readonly NetworkPolicy[], variant: XyzVariant = {}): Doc {
  const namespaces = XYZ_NAMESPACES.map((ns) =>
    nsObject(ns, { ns, ...(variant.namespaceLabels?.[ns] ?? {}) }),
  );
  const workloads = XYZ_NAMESPACES.flatMap((ns) =>
    XYZ_POD_NAMES.map((pod) =>
      podObject(
        ns,
        pod,
        { pod, ...(variant.podLabels?.[`${ns}/${pod}`] ?? {}) },
        (variant.dualStack ?? []).includes(ns)
          ? [xyzIp(ns, pod), xyzIpv6(ns, pod)]
          : [xyzIp(ns, pod)],
        [80, 81].flatMap((port) =>
          PROTOCOLS.map((p) => containerPort(port, p, `serve-${port}-${p.toLowerCase()}`)),
        ),
      ),
    ),
  );
  return {
    namespaces: [...namespaces, ...(variant.extraNamespaces ?? []).map((n) => nsObject(n))],
    workloads,
    externals: [],
    policies,
  };
}
