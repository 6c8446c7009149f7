/**
 * A Service: a stable address in front of the pods its selector picks. The
 * policies never see it: kube-proxy (or the network plugin) translates the
 * Service's `port` to the pod's `targetPort` before any policy is checked,
 * so a policy must allow the `targetPort`.
 *
 * ```yaml
 * apiVersion: v1
 * kind: Service
 * metadata: {name: web, namespace: shop}
 * spec:
 *   selector: {app: web}
 *   ports:
 *     - {name: http, port: 80, targetPort: 8080}   # clients call web:80; the pods get 8080
 * ```
 */
import type { Labels } from './labels';
import type { Protocol } from './networkPolicy';

export interface ServicePort {
  readonly name?: string;
  /** The port clients call on the Service's address. */
  readonly port: number;
  /** The pods' port: a number, or the name of a container port. Defaults to `port`. */
  readonly targetPort: number | string;
  /** Defaults to `TCP`. */
  readonly protocol: Protocol;
}

export interface Service {
  readonly namespace: string;
  readonly name: string;
  /**
   * `spec.selector`: the labels of the pods it sends to; absent for a Service
   * without a selector (its endpoints are managed by hand, or `type: ExternalName`).
   */
  readonly selector?: Labels;
  readonly ports: readonly ServicePort[];
  readonly annotations?: Readonly<Record<string, string>>;
}
