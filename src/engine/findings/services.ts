/**
 * Findings about Services, the commonest policy mistake among them: writing
 * a Service's `port` where the pods' `targetPort` is meant. Policies apply to
 * pods, after the Service's translation, so a rule for `web:80` must allow
 * the port the pods listen on:
 *
 * ```yaml
 * # Service web: ports: [{port: 80, targetPort: 8080}]
 * ingress:
 *   - ports: [{port: 80}]     # clients call web:80, but the packets reach the pods on 8080:
 *                             # this rule does not let them in; write 8080 (or the port's name)
 * ```
 *
 * And a Service whose selector picks no pod of the design sends its clients nowhere.
 */
import type {
  Doc,
  NetworkPolicy,
  NetworkPolicyPort,
  Service,
  ServicePort,
  Workload,
} from '../../model';
import { bitsetIndexes } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import { portMatcherFrom, portMatches } from '../match/ports';
import type { DocEdit } from '../edits/types';
import type { Direction } from '../text/direction';
import { namesJoin } from '../text/namesJoin';
import { portText, rulePortText } from '../text/portText';
import { serviceName, servicePods, serviceSelects, targetPortOn } from '../services/servicePods';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Finding } from './types';
import {
  policyName,
  policySubject,
  rulePath,
  rulePeers,
  workloadName,
  workloadSubject,
} from './text';

interface Misread {
  readonly service: Service;
  readonly servicePort: ServicePort;
  /** The pods the rule is about that the Service sends to, with the port each receives. */
  readonly pods: readonly { readonly workload: Workload; readonly target: number }[];
}

function withPort(
  policy: NetworkPolicy,
  direction: Direction,
  r: number,
  k: number,
  port: number | string,
): NetworkPolicy {
  const rules = (policy.spec[direction] ?? []).map((rule, i) =>
    i === r
      ? {
          ...rule,
          ports: (rule.ports ?? []).map((e, j) => {
            if (j !== k) return e;
            const { endPort: _endPort, ...rest } = e;
            return { ...rest, port };
          }),
        }
      : rule,
  );
  return { ...policy, spec: { ...policy.spec, [direction]: rules } };
}

/** Whether any entry of the rule lets the pod's own port through. */
function ruleAllows(
  ports: readonly NetworkPolicyPort[],
  port: number,
  service: ServicePort,
  workload: Workload,
): boolean {
  return ports.some((e) => portMatches(portMatcherFrom(e), port, service.protocol, workload.ports));
}

/**
 * The Services whose `port` this entry allows, for the rule's destinations, where the
 * pods receive another port that the rule does not allow and that they do not also
 * listen on as the Service's port.
 */
function misreadsOf(
  services: readonly Service[],
  entry: NetworkPolicyPort,
  ports: readonly NetworkPolicyPort[],
  destinations: readonly Workload[],
): Misread[] {
  if (typeof entry.port !== 'number') return [];
  const matcher = portMatcherFrom(entry);
  return services.flatMap((service) =>
    service.ports.flatMap((servicePort): Misread[] => {
      if (!portMatches(matcher, servicePort.port, servicePort.protocol, null)) return [];
      const pods = destinations.flatMap((workload) => {
        if (!serviceSelects(service, workload)) return [];
        const target = targetPortOn(workload, servicePort);
        if (target === null || target === servicePort.port) return [];
        const listens = workload.ports.some(
          (c) => c.containerPort === servicePort.port && c.protocol === servicePort.protocol,
        );
        if (listens || ruleAllows(ports, target, servicePort, workload)) return [];
        return [{ workload, target }];
      });
      return pods.length === 0 ? [] : [{ service, servicePort, pods }];
    }),
  );
}

export function servicePortNotTargetPort(doc: Doc, index: PolicyIndex): Finding[] {
  const services = doc.services ?? [];
  if (services.length === 0) return [];
  return doc.policies.flatMap((policy, p) =>
    (['ingress', 'egress'] as const).flatMap((direction) => {
      const compiled = index.policies[p];
      if (compiled?.[direction] == null) return [];
      return (policy.spec[direction] ?? []).flatMap((rule, r) => {
        const ports = rule.ports ?? [];
        const compiledRule = compiled[direction]?.[r];
        if (ports.length === 0 || compiledRule === undefined) return [];
        // An egress rule to every address is about the world, not about one Service's pods.
        if (direction === 'egress' && (rulePeers(rule, direction) ?? []).length === 0) return [];
        const targets: Bitset = direction === 'ingress' ? compiled.selected : compiledRule.peerPods;
        const destinations = bitsetIndexes(targets).flatMap((d): Workload[] => {
          const w = index.cluster.workloads[d];
          return w === undefined ? [] : [w];
        });
        return ports.flatMap((entry, k) =>
          misreadsOf(services, entry, ports, destinations).map(
            ({ service, servicePort, pods }): Finding => {
              const ref = compiled.ref;
              const path = `${rulePath(direction, r)}.ports[${k}]`;
              const protocol = servicePort.protocol;
              const targetsText = [...new Set(pods.map((pod) => pod.target))]
                .map((port) => portText({ protocol, port }))
                .join(' or ');
              const named =
                typeof servicePort.targetPort === 'string'
                  ? ` (the port named ${servicePort.targetPort})`
                  : '';
              const only = new Set(pods.map((pod) => pod.target)).size === 1;
              // The Service's own name for the pods' port when it has one; else the number.
              const replacement =
                typeof servicePort.targetPort === 'string'
                  ? servicePort.targetPort
                  : (pods[0]?.target ?? servicePort.port);
              const fix: DocEdit | null = only
                ? {
                    type: 'replacePolicy',
                    ref,
                    policy: withPort(policy, direction, r, k, replacement),
                  }
                : null;
              const who = namesJoin(
                pods.map((pod) => workloadName(pod.workload)),
                3,
              );
              return {
                id: `servicePortNotTargetPort:${policyName(ref)}:${path}:${serviceName(service)}:${servicePort.port}`,
                kind: 'servicePortNotTargetPort',
                severity: 'warning',
                message:
                  `${portText(servicePort)} in ${path} of ${policyName(ref)} is the port of Service ${serviceName(service)}, ` +
                  `but its pods (${who}) receive ${targetsText}${named}: policies apply to pods, after the Service's translation, ` +
                  `so this rule does not let that traffic through; allow ${targetsText} instead.`,
                subjects: [
                  policySubject(ref, path),
                  ...pods.map((pod) => workloadSubject(pod.workload)),
                ],
                fix,
                ...(fix === null
                  ? {}
                  : {
                      fixLabel: `Allow ${rulePortText({ protocol, port: replacement }, 'short')} (the pods' port)`,
                    }),
              };
            },
          ),
        );
      });
    }),
  );
}

/** Services whose selector picks no pod of the design, in namespaces where the design has pods. */
export function serviceSelectsNothing(doc: Doc): Finding[] {
  const inhabited = new Set(doc.workloads.map((w) => w.namespace));
  return (doc.services ?? []).flatMap((service): Finding[] => {
    const { selector } = service;
    if (selector === undefined || !inhabited.has(service.namespace)) return [];
    if (servicePods(doc, service).length > 0) return [];
    const labels = Object.entries(selector)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ');
    return [
      {
        id: `serviceSelectsNothing:${serviceName(service)}`,
        kind: 'serviceSelectsNothing',
        severity: 'warning',
        message: `Service ${serviceName(service)} selects no pod of namespace ${service.namespace} (selector ${labels}): its clients reach nothing.`,
        subjects: [{ kind: 'namespace', name: service.namespace }],
        fix: null,
      },
    ];
  });
}
