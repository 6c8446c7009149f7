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
 * kind: Service
 * ```
 */
import { WORKLOAD_KINDS } from '../model';
import type { WorkloadKind } from '../model';
import { EXTERNAL_API_VERSION } from './externalEndpoint';
import { metadataName, metadataNamespace } from './objectMeta';
import { fieldOf, isRecord } from './rawObject';

export type ObjectKind =
  | { readonly kind: 'NetworkPolicy' }
  | { readonly kind: 'Namespace' }
  | { readonly kind: 'Workload'; readonly workloadKind: WorkloadKind }
  | { readonly kind: 'ExternalEndpoint' }
  /** Not read: a warning. */
  | { readonly kind: 'skip'; readonly message: string }
  /** Unusable: an error at `path`. */
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string };

const LEGACY_POLICY_VERSIONS = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];

/** The API group each kind is read from (`''` is the core group, `apiVersion: v1`). */
const GROUPS: Readonly<Record<WorkloadKind | 'Namespace', readonly string[]>> = {
  Namespace: [''],
  Pod: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
};

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** `Service shop/web`, for messages. */
export function describeObject(raw: unknown): string {
  const kind = fieldOf(raw, 'kind');
  const name = metadataName(raw) ?? '(no name)';
  const namespaced = fieldOf(fieldOf(raw, 'metadata'), 'namespace') !== undefined;
  return `${typeof kind === 'string' ? kind : 'object'} ${namespaced ? `${metadataNamespace(raw)}/` : ''}${name}`;
}

export function objectKindOf(raw: unknown): ObjectKind {
  if (!isRecord(raw)) {
    const found = Array.isArray(raw) ? 'a list' : `the ${typeof raw} ${JSON.stringify(raw)}`;
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
    isWorkloadKind(kind);
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    return known
      ? { kind: 'invalid', path: 'apiVersion', message: 'apiVersion is required' }
      : { kind: 'skip', message: `${describeObject(raw)} is not read (no apiVersion); skipped` };
  }
  const skip = {
    kind: 'skip',
    message: `${describeObject(raw)} (${apiVersion}) is not read; skipped`,
  } as const;
  if (kind === 'NetworkPolicy') {
    if (apiVersion === 'networking.k8s.io/v1') return { kind };
    if (LEGACY_POLICY_VERSIONS.includes(apiVersion)) {
      const message = `${apiVersion} NetworkPolicy no longer exists; use apiVersion: networking.k8s.io/v1`;
      return { kind: 'invalid', path: 'apiVersion', message };
    }
    return skip;
  }
  if (kind === 'ExternalEndpoint') return apiVersion === EXTERNAL_API_VERSION ? { kind } : skip;
  if (kind === 'Namespace') return GROUPS.Namespace.includes(groupOf(apiVersion)) ? { kind } : skip;
  if (isWorkloadKind(kind) && GROUPS[kind].includes(groupOf(apiVersion))) {
    return { kind: 'Workload', workloadKind: kind };
  }
  return skip;
}
