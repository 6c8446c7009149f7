/**
 * `explain --to svc/shop/web --port 80`: a Service as the destination. The
 * connection a client opens to the Service's port reaches one of its pods on
 * that pod's `targetPort`, after the translation, and that is what the
 * policies check: each pod the Service selects is explained on its own port.
 */
import { serviceName, servicePods, servicePortsText, targetPortOn } from '../engine';
import type { Doc, Protocol, Service, ServicePort, Workload } from '../model';
import { closeNames } from './closeNames';
import type { OptionResult } from './options';

const PREFIX = 'svc/';

/** `svc/shop/web` or `svc/web` (a Service name found in one namespace only). */
export function serviceRefIs(text: string): boolean {
  return text.trim().startsWith(PREFIX);
}

export interface ServiceTarget {
  readonly service: Service;
  readonly servicePort: ServicePort;
  /** Each pod the Service sends to, with the port it receives (null: it declares no such port). */
  readonly pods: readonly { readonly workload: Workload; readonly port: number | null }[];
}

function serviceFind(text: string, doc: Doc): OptionResult<Service> {
  const ref = text.trim().slice(PREFIX.length);
  const services = doc.services ?? [];
  const exact = services.find((s) => serviceName(s) === ref);
  if (exact !== undefined) return { ok: true, value: exact };
  const named = services.filter((s) => s.name === ref);
  const [only] = named;
  if (only !== undefined && named.length === 1) return { ok: true, value: only };
  if (named.length > 1) {
    const list = named.map((s) => `svc/${serviceName(s)}`).join(', ');
    return { ok: false, message: `'${text}' is ambiguous: ${list} (write svc/namespace/name)` };
  }
  if (services.length === 0) {
    return { ok: false, message: `unknown Service '${ref}': the input declares no Services` };
  }
  const near = closeNames(ref, services.map(serviceName), Math.max(2, Math.floor(ref.length / 3)));
  const hint = near.length > 0 ? `did you mean ${near.map((n) => `svc/${n}`).join(', ')}?` : '';
  return { ok: false, message: `unknown Service '${ref}'${hint === '' ? '' : ` (${hint})`}` };
}

/** The Service named by `text`, its port named or numbered by `portGiven`, and its pods. */
export function serviceTargetResolve(
  text: string,
  portGiven: string,
  protocol: Protocol,
  doc: Doc,
): OptionResult<ServiceTarget> {
  const found = serviceFind(text, doc);
  if (!found.ok) return found;
  const service = found.value;
  const servicePort = service.ports.find(
    (p) => p.protocol === protocol && (String(p.port) === portGiven || p.name === portGiven),
  );
  if (servicePort === undefined) {
    return {
      ok: false,
      message: `Service ${serviceName(service)} has no ${protocol} port ${portGiven} (its ports: ${servicePortsText(service.ports) || 'none'})`,
    };
  }
  if (service.selector === undefined) {
    return {
      ok: false,
      message: `Service ${serviceName(service)} has no selector: which pods it sends to is not in the input`,
    };
  }
  const workloads = servicePods(doc, service);
  if (workloads.length === 0) {
    return {
      ok: false,
      message: `Service ${serviceName(service)} selects no pod of the input: nothing receives its traffic`,
    };
  }
  const pods = workloads.map((workload) => ({
    workload,
    port: targetPortOn(workload, servicePort),
  }));
  return { ok: true, value: { service, servicePort, pods } };
}
