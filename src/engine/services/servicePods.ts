/**
 * What a Service stands for, as the policies see it: the workloads its
 * selector picks in its own namespace, and for each of its ports the port
 * those pods receive (`targetPort`: a number, or the name of a container port
 * resolved on each pod).
 *
 * ```yaml
 * spec:
 *   selector: {app: web}
 *   ports: [{port: 80, targetPort: http}]   # web's container port named http, e.g. 8080
 * ```
 */
import type { Doc, Service, ServicePort, Workload } from '../../model';

/** Whether the Service's selector picks the workload (same namespace, every selector label). */
export function serviceSelects(service: Service, workload: Workload): boolean {
  const { selector } = service;
  if (selector === undefined || workload.namespace !== service.namespace) return false;
  return Object.entries(selector).every(([key, value]) => workload.labels[key] === value);
}

/** The workloads of `doc` the Service sends to; none for a Service without a selector. */
export function servicePods(doc: Doc, service: Service): Workload[] {
  return doc.workloads.filter((w) => serviceSelects(service, w));
}

/**
 * The port a pod of the workload receives for the Service port: `targetPort`
 * as a number, or the number of the container port it names (same protocol);
 * null when the pod declares no such port (the Service sends to nothing there).
 */
export function targetPortOn(workload: Workload, port: ServicePort): number | null {
  const { targetPort, protocol } = port;
  if (typeof targetPort === 'number') return targetPort;
  const named = workload.ports.find((c) => c.name === targetPort && c.protocol === protocol);
  return named?.containerPort ?? null;
}

/** `shop/web` */
export function serviceName(service: Service): string {
  return `${service.namespace}/${service.name}`;
}
