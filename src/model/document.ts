/**
 * The document: the model of the cluster plus the NetworkPolicies. It is the
 * single source of truth; everything on screen and every verdict is derived
 * from it.
 */
import type { ExternalEndpoint, Namespace, Workload } from './cluster';
import type { NetworkPolicy } from './networkPolicy';
import type { Service } from './service';

export interface Doc {
  /** Every namespace a workload or a policy lives in is present here. */
  readonly namespaces: readonly Namespace[];
  readonly workloads: readonly Workload[];
  readonly externals: readonly ExternalEndpoint[];
  /** Normalized policies (see `networkPolicy.ts`). */
  readonly policies: readonly NetworkPolicy[];
  /** Services, as imported: what clients call, translated to the pods' ports (absent: none). */
  readonly services?: readonly Service[];
  /**
   * The design's name, as the user typed it ("Shop, production"): shown in the tab's title and
   * used for file names. Not a Kubernetes object: never in the YAML (absent: untitled).
   */
  readonly title?: string;
}

export const EMPTY_DOC: Doc = { namespaces: [], workloads: [], externals: [], policies: [] };
