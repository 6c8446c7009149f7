/**
 * Traffic seen in a running cluster (Hubble's flow log, or a CSV of
 * connections), as read from the file: who opened a connection to whom, on
 * which port. Not part of a document; `proposePolicies` turns it into policies.
 */
import type { Labels } from './labels';
import type { Protocol } from './networkPolicy';

/**
 * One end of an observed connection: a pod (by namespace and pod name, with
 * the labels the flow log carries, if any) or an address outside the cluster.
 */
export type ObservedEnd =
  | {
      readonly kind: 'pod';
      readonly namespace: string;
      /** The pod's name (`web-7c9d5-abcde`): one replica of a workload. */
      readonly pod: string;
      /** Its labels from the flow log, unprefixed (`app: web`); absent when the log has none (CSV). */
      readonly labels?: Labels;
      /** The controller Hubble names (`workloads: [{kind: Deployment, name: web}]`). */
      readonly workload?: { readonly kind: string; readonly name: string };
      readonly ip?: string;
    }
  | { readonly kind: 'ip'; readonly ip: string };

/** A connection opened by `from` to `to` on `port`/`protocol`, where it was read. */
export interface ObservedConnection {
  readonly from: ObservedEnd;
  readonly to: ObservedEnd;
  readonly port: number;
  readonly protocol: Protocol;
  /** The file and 1-based line of its first flow. */
  readonly file: string;
  readonly line: number;
}
