/**
 * Namespaces and workloads (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * CronJob) are checked leniently: real objects carry many fields this tool ignores,
 * so unknown fields are fine. What the policies depend on is checked as the API
 * server would: names, namespace, labels (the pod template's for workloads),
 * container ports and pod IPs.
 *
 * ```yaml
 * kind: Deployment
 * metadata: {name: api, namespace: prod}
 * spec:
 *   template:
 *     metadata: {labels: {app: api}}        # what policies select
 *     spec:
 *       containers:
 *         - ports: [{name: http, containerPort: 5000}]   # what named ports resolve to
 * ```
 */
import { dns1123LabelErrors, dns1123SubdomainErrors, maxLenError } from './k8sNames';
import { issueError, issueWarning, pathChild, quoteText, type PathIssue } from '../text/pathIssue';
import { describeRaw, isRecord, rawField, readRecord, type RawRecord } from '../objects/rawValues';
import { validateContainers, validatePodIps } from './podSpec';
import { validateAnnotations, validateLabels, validateObjectMeta } from './objectMeta';

const NAME_LABEL = 'kubernetes.io/metadata.name';

function notAMapping(raw: unknown, what: string): PathIssue[] {
  return [issueError('', `${what} must be a mapping, not ${describeRaw(raw)}`)];
}

/** Problems in a raw Namespace object (lenient: unknown fields are ignored). */
export function validateNamespaceObject(raw: unknown): PathIssue[] {
  if (!isRecord(raw)) return notAMapping(raw, 'a Namespace');
  const issues: PathIssue[] = [];
  validateObjectMeta(
    rawField(raw, 'metadata'),
    'metadata',
    { nameErrors: dns1123LabelErrors, namespaced: false, strict: false },
    issues,
  );
  warnMetadataNameLabel(raw, issues);
  return issues;
}

/**
 * The API server sets the label `kubernetes.io/metadata.name` of every namespace to
 * its name, whatever the file says:
 *
 * ```yaml
 * metadata: {name: prod, labels: {kubernetes.io/metadata.name: production}}  # becomes prod
 * ```
 */
function warnMetadataNameLabel(raw: RawRecord, issues: PathIssue[]): void {
  const meta = rawField(raw, 'metadata');
  const labels = isRecord(meta) ? rawField(meta, 'labels') : undefined;
  const name = isRecord(meta) ? rawField(meta, 'name') : undefined;
  const value = isRecord(labels) ? rawField(labels, NAME_LABEL) : undefined;
  if (typeof value !== 'string' || typeof name !== 'string' || value === name) return;
  issues.push(
    issueWarning(
      pathChild('metadata.labels', NAME_LABEL),
      `the API server sets this label to the namespace name ${quoteText(name)}, not ${quoteText(value)}`,
    ),
  );
}

/**
 * A pod on its node's network is outside what NetworkPolicy defines: most
 * network plugins apply no policy to it, and others see its traffic as the
 * node's. Policies here still select it like any pod, so say so.
 *
 * ```yaml
 * spec: {hostNetwork: true}   # kube-proxy, CNI agents, node exporters
 * ```
 */
function warnHostNetwork(spec: RawRecord, path: string, issues: PathIssue[]): void {
  if (rawField(spec, 'hostNetwork') !== true) return;
  issues.push(
    issueWarning(
      pathChild(path, 'hostNetwork'),
      "the pod uses its node's network: NetworkPolicy does not define what applies to it " +
        "(most network plugins enforce no policy on it and see its traffic as the node's); " +
        'it is evaluated here like any other pod',
    ),
  );
}

/** A CronJob's name leaves room for the 11-character suffix of the Jobs it creates. */
function cronJobNameErrors(name: string): string[] {
  const errs = dns1123SubdomainErrors(name);
  return name.length > 52 ? [...errs, 'must be no more than 52 characters'] : errs;
}

/** A Job's pods carry its name as the `job-name` label value, so at most 63 bytes. */
function jobNameErrors(name: string): string[] {
  const errs = dns1123SubdomainErrors(name);
  return name.length > 63 && errs.length === 0
    ? [`${maxLenError(63)} (the Job's pods carry its name as their job-name label)`]
    : errs;
}

const NAME_RULES: Readonly<Record<string, (name: string) => string[]>> = {
  Pod: dns1123SubdomainErrors,
  Deployment: dns1123SubdomainErrors,
  StatefulSet: dns1123LabelErrors,
  DaemonSet: dns1123SubdomainErrors,
  ReplicaSet: dns1123SubdomainErrors,
  Job: jobNameErrors,
  CronJob: cronJobNameErrors,
};

/** Where the pod template sits: `spec.template`, or deeper for a CronJob. */
function templatePath(kind: string): string[] | undefined {
  if (kind === 'Pod') return undefined;
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template'];
  return ['spec', 'template'];
}

/** Walks `segments` from `root`, reporting the first one that is not a mapping. */
function descend(
  root: RawRecord,
  base: string,
  segments: readonly string[],
  issues: PathIssue[],
): { value: RawRecord | undefined; path: string } {
  let value: RawRecord | undefined = root;
  let path = base;
  for (const segment of segments) {
    path = pathChild(path, segment);
    value = value === undefined ? undefined : readRecord(rawField(value, segment), path, issues);
  }
  return { value, path };
}

/** Problems in a raw Pod/Deployment/…/CronJob object (lenient: unknown fields are ignored). */
export function validateWorkloadObject(raw: unknown): PathIssue[] {
  if (!isRecord(raw)) return notAMapping(raw, 'a workload');
  const issues: PathIssue[] = [];
  const kindValue = rawField(raw, 'kind');
  const kind = typeof kindValue === 'string' ? kindValue : '';
  const nameErrors = Object.prototype.hasOwnProperty.call(NAME_RULES, kind)
    ? (NAME_RULES[kind] ?? dns1123SubdomainErrors)
    : dns1123SubdomainErrors;
  validateObjectMeta(
    rawField(raw, 'metadata'),
    'metadata',
    { nameErrors, namespaced: true, strict: false },
    issues,
  );

  const template = templatePath(kind);
  let podSpec = { value: undefined as RawRecord | undefined, path: '' };
  if (template === undefined) {
    podSpec = descend(raw, '', ['spec'], issues);
  } else {
    const found = descend(raw, '', template, issues);
    if (found.value !== undefined) {
      const meta = descend(found.value, found.path, ['metadata'], issues);
      if (meta.value !== undefined) {
        validateLabels(rawField(meta.value, 'labels'), pathChild(meta.path, 'labels'), issues);
        validateAnnotations(
          rawField(meta.value, 'annotations'),
          pathChild(meta.path, 'annotations'),
          issues,
        );
      }
      podSpec = descend(found.value, found.path, ['spec'], issues);
    }
  }
  if (podSpec.value !== undefined) {
    for (const list of ['initContainers', 'containers'] as const)
      validateContainers(rawField(podSpec.value, list), pathChild(podSpec.path, list), issues);
    warnHostNetwork(podSpec.value, podSpec.path, issues);
  }
  if (kind === 'Pod') {
    const status = readRecord(rawField(raw, 'status'), 'status', issues);
    if (status !== undefined) validatePodIps(status, 'status', issues);
  }
  return issues;
}
