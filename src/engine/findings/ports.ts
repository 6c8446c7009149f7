/**
 * A named rule port that no destination declares. A named port is resolved
 * on the destination pod (`{port: http}` is the container port named `http`
 * with the same protocol), so it matches nothing when none of the rule's
 * destinations has one: for an ingress rule, the pods the policy selects; for
 * an egress rule, the pods its `to` matches (an address outside the cluster
 * has no named ports).
 *
 * ```yaml
 * ingress:
 *   - ports: [{port: htpp}]   # the pods declare `http`: this rule admits nothing
 * ```
 */
import type { Doc, NetworkPolicy, NetworkPolicyPort, Protocol, Workload } from '../../model';
import { bitsetIndexes, bitsetIsEmpty } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import type { DocEdit } from '../edits/types';
import type { Finding } from './types';
import type { Direction } from '../text/direction';
import { namesJoin } from '../text/namesJoin';
import { policyName, policySubject, rulePath, selectedSubjects, workloadName } from './text';
import type { PolicyIndex } from '../compile/policyIndex';

/** Levenshtein distance, stopping early above 1 (only a near miss is worth a fix). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const j = i + 1;
    if (a.slice(j) === b.slice(j)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** The one declared name the user probably meant (same letters but case, or one edit away). */
function nearName(name: string, declared: readonly string[]): string | null {
  const near = [...new Set(declared)].filter(
    (d) => d.toLowerCase() === name.toLowerCase() || withinOneEdit(d, name),
  );
  const [only] = near;
  return near.length === 1 && only !== undefined ? only : null;
}

function withPortName(
  policy: NetworkPolicy,
  direction: Direction,
  r: number,
  k: number,
  name: string,
): NetworkPolicy {
  const rules = (policy.spec[direction] ?? []).map((rule, i) =>
    i === r
      ? { ...rule, ports: (rule.ports ?? []).map((e, j) => (j === k ? { ...e, port: name } : e)) }
      : rule,
  );
  return { ...policy, spec: { ...policy.spec, [direction]: rules } };
}

interface PortAt {
  readonly policy: NetworkPolicy;
  readonly p: number;
  readonly direction: Direction;
  readonly r: number;
  readonly k: number;
  readonly name: string;
  readonly protocol: Protocol;
}

function namedPortsOf(doc: Doc, index: PolicyIndex): PortAt[] {
  return doc.policies.flatMap((policy, p) =>
    (['ingress', 'egress'] as const).flatMap((direction) =>
      index.policies[p]?.[direction] == null
        ? []
        : (policy.spec[direction] ?? []).flatMap((rule, r) =>
            (rule.ports ?? []).flatMap((entry: NetworkPolicyPort, k) =>
              typeof entry.port === 'string'
                ? [
                    {
                      policy,
                      p,
                      direction,
                      r,
                      k,
                      name: entry.port,
                      protocol: entry.protocol ?? 'TCP',
                    },
                  ]
                : [],
            ),
          ),
    ),
  );
}

export function namedPortUndeclared(doc: Doc, index: PolicyIndex): Finding[] {
  return namedPortsOf(doc, index).flatMap(
    ({ policy, p, direction, r, k, name, protocol }): Finding[] => {
      const compiled = index.policies[p];
      const rule = compiled?.[direction]?.[r];
      if (compiled === undefined || rule === undefined || bitsetIsEmpty(compiled.selected))
        return [];
      const targets: Bitset = direction === 'ingress' ? compiled.selected : rule.peerPods;
      const destinations = bitsetIndexes(targets).flatMap((d): Workload[] => {
        const w = index.cluster.workloads[d];
        return w === undefined ? [] : [w];
      });
      const outside = rule.peers?.some((peer) => peer.kind === 'ipBlock') ?? true;
      if (destinations.length === 0 && !(direction === 'egress' && outside)) return [];
      const declares = (w: Workload) =>
        w.ports.some((c) => c.name === name && c.protocol === protocol);
      if (destinations.some(declares)) return [];
      const ref = compiled.ref;
      const path = `${rulePath(direction, r)}.ports[${k}]`;
      const otherProtocol = destinations.find((w) => w.ports.some((c) => c.name === name));
      const near = nearName(
        name,
        destinations.flatMap((w) =>
          w.ports.flatMap((c) => (c.protocol === protocol && c.name !== undefined ? [c.name] : [])),
        ),
      );
      const who =
        destinations.length === 0
          ? 'its destinations are addresses outside the cluster, which have no named ports'
          : destinations.length === 1
            ? `${namesJoin(destinations.map(workloadName))} declares no ${protocol} container port named ${name}`
            : `none of ${namesJoin(destinations.map(workloadName), 3, 'or')} declares a ${protocol} container port named ${name}`;
      const hint =
        otherProtocol === undefined
          ? near === null
            ? ''
            : ` (did you mean ${near}?)`
          : ` (${workloadName(otherProtocol)} declares it with another protocol)`;
      const fix: DocEdit | null =
        near === null
          ? null
          : { type: 'replacePolicy', ref, policy: withPortName(policy, direction, r, k, near) };
      return [
        {
          id: `namedPortUndeclared:${policyName(ref)}:${path}`,
          kind: 'namedPortUndeclared',
          severity: 'warning',
          message: `Port ${name} in ${path} of ${policyName(ref)} matches nothing: ${who}${hint}.`,
          subjects: [policySubject(ref, path), ...selectedSubjects(index, p)],
          fix,
          ...(near === null ? {} : { fixLabel: `Use port name ${near}` }),
        },
      ];
    },
  );
}
