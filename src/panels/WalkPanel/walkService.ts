/**
 * Walking to a Service: the connection a client opens to `shop/web:80`
 * reaches one of the pods the Service selects on that pod's targetPort, and
 * that is the connection the policies check. The walk follows it there.
 */
import { portText, serviceName, servicePods, servicePortsText, targetPortOn } from '../../engine';
import type { Doc, Protocol } from '../../model';
import { nodeIdOf } from '../../store';
import type { WalkRequest } from '../../store';

const PREFIX = 'service:';

/** The id a Service has among the ends of a walk (`service:shop/web`). */
export function serviceEndId(namespace: string, name: string): string {
  return `${PREFIX}${namespace}/${name}`;
}

export function isServiceEnd(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** The walk to the pod behind the Service, or why there is none. */
export function walkViaService(
  doc: Doc,
  request: { from: string; to: string; port: number; protocol: Protocol },
): { ok: true; walk: WalkRequest } | { ok: false; message: string } {
  const service = (doc.services ?? []).find(
    (s) => serviceEndId(s.namespace, s.name) === request.to,
  );
  if (service === undefined)
    return { ok: false, message: 'This Service is no longer in the design.' };
  const name = serviceName(service);
  const servicePort = service.ports.find(
    (p) => p.port === request.port && p.protocol === request.protocol,
  );
  if (servicePort === undefined) {
    const ports = servicePortsText(service.ports);
    return {
      ok: false,
      message: `Service ${name} has no ${portText(request, { sentence: true })} (its ports: ${ports || 'none'}).`,
    };
  }
  for (const workload of servicePods(doc, service)) {
    const target = targetPortOn(workload, servicePort);
    if (target === null) continue;
    const to = nodeIdOf({ kind: 'workload', namespace: workload.namespace, name: workload.name });
    return {
      ok: true,
      walk: {
        from: request.from,
        to,
        port: target,
        protocol: request.protocol,
        via: { service: name, port: servicePort.port },
      },
    };
  }
  return {
    ok: false,
    message: `Service ${name} sends to no pod of the design on that port: nothing receives the connection.`,
  };
}
