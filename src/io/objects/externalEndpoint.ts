/**
 * `ExternalEndpoint`, netpol-canvas's own kind, so that a design's endpoints
 * outside the cluster survive an export (`--all`) and an import:
 *
 * ```yaml
 * apiVersion: netpol-canvas.dev/v1alpha1
 * kind: ExternalEndpoint
 * metadata:
 *   name: backup-server                              # a DNS-1123 slug of the name
 *   annotations:
 *     netpol-canvas.dev/name: backup server          # the name itself, when it differs
 *     netpol-canvas.dev/position: "520,80"          # other annotations are kept as they are
 * spec:
 *   cidr: 192.168.5.10/32                            # an IP or a CIDR
 *   ports:                                           # optional: what it listens on
 *     - {port: 80, protocol: TCP, name: http}        # protocol TCP when left out
 * ```
 */
import { ipRangeParse } from '../../engine';
import { PROTOCOLS } from '../../model';
import type { ExternalEndpoint, ExternalPort, Protocol } from '../../model';
import { annotationsOf } from './objectMeta';
import { fieldAt, listAt, stringAt, stringMapOf } from './rawObject';
import { quoteText } from '../text/pathIssue';
import type { PathIssue } from '../validate/networkPolicy';

export const EXTERNAL_API_VERSION = 'netpol-canvas.dev/v1alpha1';
export const EXTERNAL_NAME_ANNOTATION = 'netpol-canvas.dev/name';

/** A DNS-1123 label from a free-text name: `Backup server #2` -> `backup-server-2`. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'external' : slug;
}

/** A raw ExternalEndpoint read, or null when it has errors. */
export function readExternalEndpoint(raw: unknown): {
  external: ExternalEndpoint | null;
  issues: PathIssue[];
} {
  const issues: PathIssue[] = [];
  const slug = stringAt(raw, ['metadata', 'name']);
  if (!slug)
    issues.push({ path: 'metadata.name', severity: 'error', message: 'metadata.name is required' });
  const cidr = fieldAt(raw, ['spec', 'cidr']);
  if (typeof cidr !== 'string' || cidr === '') {
    issues.push({
      path: 'spec.cidr',
      severity: 'error',
      message: 'spec.cidr is required: an IP or a CIDR',
    });
  } else if (ipRangeParse(cidr) === null) {
    issues.push({
      path: 'spec.cidr',
      severity: 'error',
      message: `${quoteText(cidr)} is not an IP or a CIDR`,
    });
  }
  const ports = portsOf(raw, issues);
  if (!slug || typeof cidr !== 'string' || issues.length > 0) return { external: null, issues };
  const name = stringAt(raw, ['metadata', 'annotations', EXTERNAL_NAME_ANNOTATION]) ?? slug;
  const annotations = annotationsOf(raw, [EXTERNAL_NAME_ANNOTATION]);
  return {
    external: {
      name,
      cidr,
      ...(ports.length > 0 ? { ports } : {}),
      ...(annotations ? { annotations } : {}),
    },
    issues,
  };
}

/** `spec.ports`: each a port from 1 to 65535, TCP, UDP or SCTP (TCP when left out), a name. */
function portsOf(raw: unknown, issues: PathIssue[]): ExternalPort[] {
  const written = fieldAt(raw, ['spec', 'ports']);
  if (written !== undefined && written !== null && !Array.isArray(written)) {
    issues.push({ path: 'spec.ports', severity: 'error', message: 'spec.ports must be a list' });
    return [];
  }
  const ports: ExternalPort[] = [];
  listAt(raw, ['spec', 'ports']).forEach((entry, i) => {
    const at = `spec.ports[${String(i)}]`;
    const port = fieldAt(entry, ['port']);
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
      issues.push({
        path: `${at}.port`,
        severity: 'error',
        message: `${at}.port must be a number from 1 to 65535`,
      });
      return;
    }
    const protocol = fieldAt(entry, ['protocol']) ?? 'TCP';
    if (!PROTOCOLS.includes(protocol as Protocol)) {
      issues.push({
        path: `${at}.protocol`,
        severity: 'error',
        message: `${at}.protocol must be TCP, UDP or SCTP`,
      });
      return;
    }
    const name = stringAt(entry, ['name']);
    ports.push({ port, protocol: protocol as Protocol, ...(name ? { name } : {}) });
  });
  return ports;
}

/** ExternalEndpoint objects for export; slugs that collide get `-2`, `-3`, ... */
export function externalEndpointObjects(
  externals: readonly ExternalEndpoint[],
): Record<string, unknown>[] {
  const used = new Set<string>();
  return externals.map(({ name, cidr, ports, annotations: kept = {} }) => {
    const base = slugOf(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base.slice(0, 60)}-${n}`;
    used.add(slug);
    const metadata: Record<string, unknown> = { name: slug };
    const annotations = stringMapOf(kept, [EXTERNAL_NAME_ANNOTATION]);
    if (slug !== name) annotations[EXTERNAL_NAME_ANNOTATION] = name;
    if (Object.keys(annotations).length > 0) metadata.annotations = stringMapOf(annotations);
    const spec: Record<string, unknown> = { cidr };
    if (ports !== undefined && ports.length > 0) {
      spec.ports = ports.map(({ port, protocol, name: portName }) =>
        portName === undefined ? { port, protocol } : { port, protocol, name: portName },
      );
    }
    return { apiVersion: EXTERNAL_API_VERSION, kind: 'ExternalEndpoint', metadata, spec };
  });
}
