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
 * ```
 */
import { ipRangeParse } from '../../engine';
import type { ExternalEndpoint } from '../../model';
import { annotationsOf } from './objectMeta';
import { fieldAt, stringAt, stringMapOf } from './rawObject';
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
  if (!slug || typeof cidr !== 'string' || issues.length > 0) return { external: null, issues };
  const name = stringAt(raw, ['metadata', 'annotations', EXTERNAL_NAME_ANNOTATION]) ?? slug;
  const annotations = annotationsOf(raw, [EXTERNAL_NAME_ANNOTATION]);
  return { external: annotations ? { name, cidr, annotations } : { name, cidr }, issues };
}

/** ExternalEndpoint objects for export; slugs that collide get `-2`, `-3`, ... */
export function externalEndpointObjects(
  externals: readonly ExternalEndpoint[],
): Record<string, unknown>[] {
  const used = new Set<string>();
  return externals.map(({ name, cidr, annotations: kept = {} }) => {
    const base = slugOf(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base.slice(0, 60)}-${n}`;
    used.add(slug);
    const metadata: Record<string, unknown> = { name: slug };
    const annotations = stringMapOf(kept, [EXTERNAL_NAME_ANNOTATION]);
    if (slug !== name) annotations[EXTERNAL_NAME_ANNOTATION] = name;
    if (Object.keys(annotations).length > 0) metadata.annotations = stringMapOf(annotations);
    return { apiVersion: EXTERNAL_API_VERSION, kind: 'ExternalEndpoint', metadata, spec: { cidr } };
  });
}
