/**
 * The Service kind: its selector and ports, kept so that the findings can
 * tell a Service's `port` from the pods' `targetPort`, and a Service can be
 * named where a destination is asked for (`explain --to svc/shop/web`).
 */
import type { Protocol, Service, ServicePort } from '../../model';
import { annotationsOf, metadataNamespace, nonEmptyMap, readableName } from './objectMeta';
import { fieldAt, fieldOf, listAt, stringAt, stringMapOf } from './rawObject';
import type { PathIssue } from '../validate/networkPolicy';
import { validateServiceObject } from '../validate/service';

function portOf(entry: unknown): ServicePort | null {
  const port = fieldOf(entry, 'port');
  if (typeof port !== 'number') return null;
  const written = fieldOf(entry, 'targetPort');
  const targetPort =
    (typeof written === 'number' && written !== 0) || (typeof written === 'string' && written)
      ? written
      : port;
  const protocol = (stringAt(entry, ['protocol']) || 'TCP') as Protocol;
  const name = stringAt(entry, ['name']);
  return { ...(name ? { name } : {}), port, targetPort, protocol };
}

/** A raw Service read, or null when it has errors. */
export function readService(raw: unknown): { service: Service | null; issues: PathIssue[] } {
  const issues = validateServiceObject(raw);
  const name = readableName(raw, issues);
  if (name === null) return { service: null, issues };
  const selector = nonEmptyMap(fieldAt(raw, ['spec', 'selector']));
  const ports = listAt(raw, ['spec', 'ports'])
    .map(portOf)
    .filter((p): p is ServicePort => p !== null);
  const annotations = annotationsOf(raw);
  const service: Service = {
    namespace: metadataNamespace(raw),
    name,
    ...(selector ? { selector } : {}),
    ports,
    ...(annotations ? { annotations } : {}),
  };
  return { service, issues };
}

/** A Service object for export: what was read of it (selector and ports). */
export function serviceToObject(service: Service): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: service.name, namespace: service.namespace };
  if (service.annotations) metadata.annotations = stringMapOf(service.annotations);
  const spec: Record<string, unknown> = {};
  if (service.selector) spec.selector = stringMapOf(service.selector);
  spec.ports = service.ports.map(({ name, port, targetPort, protocol }) => ({
    ...(name === undefined ? {} : { name }),
    port,
    targetPort,
    protocol,
  }));
  return { apiVersion: 'v1', kind: 'Service', metadata, spec };
}
