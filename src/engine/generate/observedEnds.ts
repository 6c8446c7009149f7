/**
 * Observed ends in the design's terms. A pod is one replica: it is the
 * workload of its namespace named as the pod, as Hubble's `workloads` names
 * its controller, that has its IP, named as the pod without the suffix a
 * controller generates (`web-7c9d5-abcde` → `web`, `db-0` → `db`), or whose
 * labels are the most of the pod's. A pod the design lacks becomes a workload
 * from the flow's labels (Hubble); without labels (CSV) it is an error that
 * asks for the cluster's pods. An address is the workload that has it, or an
 * address block outside the cluster (`/32`, or `cidrPrefix` wide).
 */
import type {
  Doc,
  ExternalEndpoint,
  Issue,
  Labels,
  Namespace,
  ObservedConnection,
  ObservedEnd,
  PodKey,
  Workload,
  WorkloadKind,
} from '../../model';
import { NAMESPACE_NAME_LABEL, WORKLOAD_KINDS, podKeyOf } from '../../model';
import { cidrParse } from '../match/cidr';
import { ipCanonical } from '../match/ipText';
import { stableLabels } from './stableLabels';
import type { GenerateOptions, ResolvedConnection, ResolvedEnd } from './types';

/** The suffixes controllers add to pod names: a ReplicaSet's hash, a random tail, an ordinal. */
const TEMPLATE_HASH = /^[a-z0-9]{5,10}$/;
const RANDOM_TAIL = /^[a-z0-9]{5}$/;
const ORDINAL = /^[0-9]+$/;

/** The workload names a pod's name may stand for, with the kind each means, most specific first. */
function controllerNames(pod: string): { name: string; kind: WorkloadKind }[] {
  const parts = pod.split('-');
  const last = parts.at(-1) ?? '';
  const names: { name: string; kind: WorkloadKind }[] = [];
  if (parts.length > 1 && (ORDINAL.test(last) || RANDOM_TAIL.test(last))) {
    const kind = ORDINAL.test(last) ? 'StatefulSet' : 'DaemonSet';
    names.push({ name: parts.slice(0, -1).join('-'), kind });
  }
  if (parts.length > 2 && RANDOM_TAIL.test(last) && TEMPLATE_HASH.test(parts.at(-2) ?? '')) {
    names.push({ name: parts.slice(0, -2).join('-'), kind: 'Deployment' });
  }
  return names;
}

/** The address block an outside address is allowed as. */
function blockOf(ip: string, prefix: number | undefined): string {
  if (ip.includes('/')) return cidrParse(ip) ?? ip;
  const v6 = ip.includes(':');
  const bits = v6 || prefix === undefined ? (v6 ? 128 : 32) : prefix;
  return cidrParse(`${ip}/${bits}`) ?? `${ip}/${bits}`;
}

export interface Added {
  readonly namespaces: readonly Namespace[];
  readonly workloads: readonly Workload[];
  readonly externals: readonly ExternalEndpoint[];
}

export interface Resolver {
  resolve(end: ObservedEnd, connection: ObservedConnection, issues: Issue[]): ResolvedEnd | null;
  /** The design with what the flows added: namespaces, workloads (their replicas and IPs), addresses. */
  finish(): { doc: Doc; added: Added };
  /** Block → the observed addresses it stands for. */
  readonly blockIps: Map<string, Set<string>>;
}

function labelsWithin(inner: Labels, outer: Labels): boolean {
  const keys = Object.keys(inner);
  return keys.length > 0 && keys.every((k) => outer[k] === inner[k]);
}

export function resolverFor(doc: Doc, options: GenerateOptions): Resolver {
  const workloads = doc.workloads.filter((w) => w.inferred === undefined);
  const byKey = new Map<string, Workload>(workloads.map((w) => [podKeyOf(w.namespace, w.name), w]));
  const byIp = new Map<string, PodKey>();
  for (const w of workloads) {
    for (const ip of w.ips) {
      const canonical = ipCanonical(ip);
      if (canonical !== null && !byIp.has(canonical))
        byIp.set(canonical, podKeyOf(w.namespace, w.name));
    }
  }
  const namespaces = new Set(doc.namespaces.map((n) => n.name));
  const externals = new Set<string>(doc.externals.map((e) => blockOf(e.cidr, undefined)));
  const added = {
    namespaces: [] as Namespace[],
    workloads: [] as Workload[],
    externals: [] as ExternalEndpoint[],
  };
  /** Pods of added workloads: their replicas and the ports they were reached on. */
  const addedPods = new Map<PodKey, { pods: Set<string>; ips: Set<string> }>();
  const blockIps = new Map<string, Set<string>>();

  function designMatch(end: Extract<ObservedEnd, { kind: 'pod' }>): PodKey | undefined {
    const { namespace } = end;
    const named = (name: string) => {
      const key = podKeyOf(namespace, name);
      return byKey.has(key) ? key : undefined;
    };
    const viaIp = end.ip === undefined ? undefined : byIp.get(end.ip);
    const found =
      named(end.pod) ??
      (end.workload ? named(end.workload.name) : undefined) ??
      (viaIp !== undefined && viaIp.startsWith(`${namespace}/`) ? viaIp : undefined) ??
      controllerNames(end.pod)
        .map(({ name }) => named(name))
        .find((key) => key !== undefined);
    if (found !== undefined || end.labels === undefined) return found;
    const podLabels = stableLabels(end.labels);
    const fits = workloads
      .filter((w) => w.namespace === namespace)
      .map((w) => ({ w, size: Object.keys(stableLabels(w.labels)).length }))
      .filter(({ w }) => labelsWithin(stableLabels(w.labels), podLabels))
      .sort((a, b) => b.size - a.size);
    const [best, next] = fits;
    if (best === undefined || (next !== undefined && next.size === best.size)) return undefined;
    return podKeyOf(best.w.namespace, best.w.name);
  }

  function addWorkload(end: Extract<ObservedEnd, { kind: 'pod' }>, labels: Labels): PodKey {
    const guess = controllerNames(end.pod).at(-1);
    const hubbleKind = WORKLOAD_KINDS.find((k) => k === end.workload?.kind);
    const name = end.workload?.name ?? guess?.name ?? end.pod;
    const kind: WorkloadKind =
      end.workload !== undefined
        ? (hubbleKind ?? 'Pod')
        : guess?.kind === 'Deployment'
          ? 'Deployment'
          : 'Pod';
    const key = podKeyOf(end.namespace, name);
    const known = addedPods.get(key);
    if (known !== undefined) {
      known.pods.add(end.pod);
      if (end.ip !== undefined) known.ips.add(end.ip);
      return key;
    }
    if (!namespaces.has(end.namespace)) {
      namespaces.add(end.namespace);
      added.namespaces.push({
        name: end.namespace,
        labels: { [NAMESPACE_NAME_LABEL]: end.namespace },
      });
    }
    addedPods.set(key, {
      pods: new Set([end.pod]),
      ips: new Set(end.ip === undefined ? [] : [end.ip]),
    });
    added.workloads.push({
      namespace: end.namespace,
      name,
      kind,
      labels: stableLabels(labels),
      ports: [],
      ips: [],
    });
    return key;
  }

  function resolve(
    end: ObservedEnd,
    connection: ObservedConnection,
    issues: Issue[],
  ): ResolvedEnd | null {
    if (end.kind === 'ip') {
      const pod = byIp.get(end.ip);
      if (pod !== undefined) return { kind: 'pod', key: pod };
      const cidr = blockOf(end.ip, options.cidrPrefix);
      const ips = blockIps.get(cidr) ?? new Set<string>();
      ips.add(end.ip);
      blockIps.set(cidr, ips);
      if (!externals.has(cidr)) {
        externals.add(cidr);
        added.externals.push({ name: cidr, cidr });
      }
      return { kind: 'ip', ip: end.ip, cidr };
    }
    const found = designMatch(end);
    if (found !== undefined) return { kind: 'pod', key: found };
    if (end.labels !== undefined) return { kind: 'pod', key: addWorkload(end, end.labels) };
    issues.push({
      file: connection.file,
      line: connection.line,
      column: 1,
      path: '',
      severity: 'error',
      message:
        `pod ${end.namespace}/${end.pod} is not in the design, and a CSV has no labels to ` +
        "make it from: pass the cluster's pods too (kubectl get pods -A -o yaml)",
    });
    return null;
  }

  function finish(): { doc: Doc; added: Added } {
    const addedWorkloads = added.workloads.map((w) => {
      const pods = addedPods.get(podKeyOf(w.namespace, w.name));
      const replicas = pods?.pods.size ?? 1;
      return { ...w, ips: [...(pods?.ips ?? [])], ...(replicas > 1 ? { replicas } : {}) };
    });
    const doc2: Doc = {
      ...doc,
      namespaces: [...doc.namespaces, ...added.namespaces],
      workloads: [...workloads, ...addedWorkloads],
      externals: [...doc.externals, ...added.externals],
    };
    return { doc: doc2, added: { ...added, workloads: addedWorkloads } };
  }

  return { resolve, finish, blockIps };
}

/** The connections in the design's terms, once each; issues for pods the design lacks. */
export function connectionsResolve(
  resolver: Resolver,
  observed: readonly ObservedConnection[],
): { connections: ResolvedConnection[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Map<string, ResolvedConnection>();
  const endKey = (end: ResolvedEnd) => (end.kind === 'pod' ? end.key : `ip ${end.ip}`);
  for (const connection of observed) {
    const from = resolver.resolve(connection.from, connection, issues);
    const to = resolver.resolve(connection.to, connection, issues);
    if (from === null || to === null) continue;
    if (from.kind === 'ip' && to.kind === 'ip') continue;
    const { port, protocol } = connection;
    const key = `${endKey(from)} ${endKey(to)} ${port}/${protocol}`;
    if (!seen.has(key)) seen.set(key, { from, to, port, protocol });
  }
  return { connections: [...seen.values()], issues };
}
