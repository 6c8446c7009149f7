/**
 * The ends a lesson writes as text (`prod/web`, `backup-server`,
 * `external:backup-server`, `203.0.113.7`, `namespace:prod`; see `lesson.ts`),
 * found in a step's document: as an engine `Endpoint` to check a connection,
 * and as the `FlowEnd` the canvas draws it at.
 */
import type { Endpoint, FlowEnd } from '../../engine';
import { ipRangeParse } from '../../engine';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';

const EXTERNAL_PREFIX = 'external:';
const NAMESPACE_PREFIX = 'namespace:';

/** The node `text` names in `doc`, or null when `doc` has no such node. */
export function lessonNodeOf(doc: Doc, text: string): FlowEnd | null {
  if (text.startsWith(NAMESPACE_PREFIX)) {
    const name = text.slice(NAMESPACE_PREFIX.length);
    return doc.namespaces.some((n) => n.name === name) ? { kind: 'namespace', name } : null;
  }
  if (text.startsWith(EXTERNAL_PREFIX)) {
    const name = text.slice(EXTERNAL_PREFIX.length);
    return doc.externals.some((e) => e.name === name) ? { kind: 'external', name } : null;
  }
  if (ipRangeParse(text) !== null) return { kind: 'ipBlock', cidr: text };
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const namespace = text.slice(0, slash);
    const name = text.slice(slash + 1);
    const found = doc.workloads.some((w) => w.namespace === namespace && w.name === name);
    return found ? { kind: 'workload', namespace, name } : null;
  }
  return doc.externals.some((e) => e.name === text) ? { kind: 'external', name: text } : null;
}

/**
 * The end of a connection `text` names in `doc`: a workload, or an address
 * (an external endpoint stands for its CIDR). Null for a namespace, or when
 * `doc` has no such node.
 */
export function lessonEndpointOf(doc: Doc, text: string): Endpoint | null {
  const node = lessonNodeOf(doc, text);
  switch (node?.kind) {
    case 'workload':
      return { kind: 'pod', key: podKeyOf(node.namespace, node.name) };
    case 'external': {
      const external = doc.externals.find((e) => e.name === node.name);
      return external && ipRangeParse(external.cidr) !== null
        ? { kind: 'ip', ip: external.cidr }
        : null;
    }
    case 'ipBlock':
      return { kind: 'ip', ip: node.cidr };
    default:
      return null;
  }
}
