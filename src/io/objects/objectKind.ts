/**
 * Which kind of object the importer is looking at, decided by `apiVersion`
 * and `kind`:
 *
 * ```yaml
 * apiVersion: networking.k8s.io/v1       # read
 * kind: NetworkPolicy
 * ---
 * apiVersion: extensions/v1beta1         # an error: this API no longer exists
 * kind: NetworkPolicy
 * ---
 * apiVersion: projectcalico.org/v3       # another product's policy: a warning, skipped
 * kind: NetworkPolicy
 * ---
 * apiVersion: v1                         # any kind not listed below: a warning, skipped
 * kind: ConfigMap
 * ---
 * apiVersion: v1                         # a kind read here, in the wrong Kubernetes API group:
 * kind: Deployment                       # an error, as kubectl says "no matches for kind"
 * ---
 * apiVersion: networking.k8s.io/v1       # a misspelled kind (kinds are case-sensitive):
 * kind: Networkpolicy                    # an error that names the kind meant
 * ```
 */
import { WORKLOAD_KINDS } from '../../model';
import type { WorkloadKind } from '../../model';
import { EXTERNAL_API_VERSION } from './externalEndpoint';
import { metadataName, metadataNamespace } from './objectMeta';
import { fieldOf, isRecord } from './rawObject';
import { formatValue, quoteText, textPrintable } from '../text/pathIssue';
import { editDistance } from '../validate/unknownFields';

export type ObjectKind =
  | { readonly kind: 'NetworkPolicy' }
  | { readonly kind: 'Namespace' }
  | { readonly kind: 'Workload'; readonly workloadKind: WorkloadKind }
  | { readonly kind: 'ExternalEndpoint' }
  | { readonly kind: 'Service' }
  /** Not read: a warning. */
  | { readonly kind: 'skip'; readonly message: string }
  /** Unusable: an error at `path`. */
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string };

const LEGACY_POLICY_VERSIONS = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];

/** The API group each kind is read from (`''` is the core group, `apiVersion: v1`). */
const GROUPS: Readonly<Record<WorkloadKind | 'Namespace' | 'Service', readonly string[]>> = {
  Namespace: [''],
  Service: [''],
  Pod: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
};

/** The apiVersion to write for each kind read here. */
export const API_VERSIONS: Readonly<
  Record<WorkloadKind | 'Namespace' | 'NetworkPolicy' | 'Service', string>
> = {
  NetworkPolicy: 'networking.k8s.io/v1',
  Namespace: 'v1',
  Service: 'v1',
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

/** API groups that Kubernetes itself serves: a kind there that it does not serve is a mistake. */
function isKubernetesGroup(group: string): boolean {
  return (
    group === '' ||
    group.endsWith('.k8s.io') ||
    ['apps', 'batch', 'extensions', 'policy', 'autoscaling'].includes(group)
  );
}

/** A kind read here that `kind` is a slip of: another letter case, or one or two typos. */
function kindMeant(kind: string): string | undefined {
  const lower = kind.toLowerCase();
  return Object.keys(API_VERSIONS).find((known) => {
    if (known.toLowerCase() === lower) return true;
    const distance = editDistance(lower, known.toLowerCase());
    return distance === 1 || (distance === 2 && kind.length >= 6);
  });
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** `Service shop/web`, for messages (control characters escaped). */
export function describeObject(raw: unknown): string {
  const kind = fieldOf(raw, 'kind');
  const name = metadataName(raw) ?? '(no name)';
  const namespaced = fieldOf(fieldOf(raw, 'metadata'), 'namespace') !== undefined;
  const described = `${typeof kind === 'string' ? kind : 'object'} ${namespaced ? `${metadataNamespace(raw)}/` : ''}${name}`;
  return textPrintable(described);
}

/** An object of a kind or apiVersion not read here, worded only when one is met. */
function skipped(raw: unknown, apiVersion: string): ObjectKind {
  return {
    kind: 'skip',
    message: `${describeObject(raw)} (${textPrintable(apiVersion)}) is not read; skipped`,
  };
}

export function objectKindOf(raw: unknown): ObjectKind {
  if (!isRecord(raw)) {
    const found = Array.isArray(raw) ? 'a list' : `the ${typeof raw} ${formatValue(raw)}`;
    return {
      kind: 'invalid',
      path: '',
      message: `expected a Kubernetes object (apiVersion, kind, metadata), found ${found}`,
    };
  }
  const { kind, apiVersion } = raw;
  if (typeof kind !== 'string' || kind === '') {
    return { kind: 'invalid', path: 'kind', message: 'kind is required' };
  }
  const known =
    kind === 'NetworkPolicy' ||
    kind === 'Namespace' ||
    kind === 'ExternalEndpoint' ||
    kind === 'Service' ||
    isWorkloadKind(kind);
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    return known
      ? { kind: 'invalid', path: 'apiVersion', message: 'apiVersion is required' }
      : { kind: 'skip', message: `${describeObject(raw)} is not read (no apiVersion); skipped` };
  }
  if (kind === 'NetworkPolicy') {
    if (apiVersion === 'networking.k8s.io/v1') return { kind };
    if (LEGACY_POLICY_VERSIONS.includes(apiVersion)) {
      const message = `${apiVersion} NetworkPolicy no longer exists; use apiVersion: networking.k8s.io/v1`;
      return { kind: 'invalid', path: 'apiVersion', message };
    }
    if (!isKubernetesGroup(groupOf(apiVersion))) return skipped(raw, apiVersion);
    return wrongGroupOrKind(kind, apiVersion) ?? skipped(raw, apiVersion);
  }
  if (kind === 'ExternalEndpoint')
    return apiVersion === EXTERNAL_API_VERSION ? { kind } : skipped(raw, apiVersion);
  if (kind === 'Namespace' && GROUPS.Namespace.includes(groupOf(apiVersion))) return { kind };
  if (kind === 'Service' && GROUPS.Service.includes(groupOf(apiVersion))) return { kind };
  if (isWorkloadKind(kind) && GROUPS[kind].includes(groupOf(apiVersion))) {
    return { kind: 'Workload', workloadKind: kind };
  }
  if (!isKubernetesGroup(groupOf(apiVersion))) return skipped(raw, apiVersion);
  return wrongGroupOrKind(kind, apiVersion) ?? skipped(raw, apiVersion);
}

/**
 * A kind read here under an apiVersion of Kubernetes that does not serve it
 * (`apiVersion: v1, kind: Deployment`), or a kind that is a slip of one read
 * here (`Networkpolicy`): kubectl refuses both ("no matches for kind"), so
 * skipping them quietly would drop what the user meant to check.
 */
function wrongGroupOrKind(kind: string, apiVersion: string): ObjectKind | undefined {
  const versions: Readonly<Record<string, string>> = API_VERSIONS;
  const expected = versions[kind];
  if (expected !== undefined) {
    const message = `no ${kind} in ${textPrintable(apiVersion)}: write apiVersion: ${expected}`;
    return { kind: 'invalid', path: 'apiVersion', message };
  }
  const meant = kindMeant(kind);
  if (meant === undefined) return undefined;
  const cased = meant.toLowerCase() === kind.toLowerCase() ? ' (kinds are case-sensitive)' : '';
  const message = `no kind ${quoteText(kind)} in ${textPrintable(apiVersion)}${cased}: did you mean ${meant} (apiVersion: ${versions[meant] ?? ''})?`;
  return { kind: 'invalid', path: 'kind', message };
}
