/** The three-tier example with flows drawn on it, and terse checks, for the flow tests. */
import type { Doc, NetworkPolicy } from '../../model';
import { podKeyOf } from '../../model';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd, FlowSpec } from '../edits/types';
import { isTrafficAllowed } from '../verdict/evaluate';
import { allowFlow } from '../flows/allow';
import { threeTierCluster } from './clusters/threeTier';

export const web: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'web' };
export const api: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'api' };
export const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };

export const WEB_TO_API: FlowSpec = {
  from: web,
  to: api,
  ports: [{ protocol: 'TCP', port: 5000 }],
};
export const API_TO_DB: FlowSpec = { from: api, to: db, ports: [{ protocol: 'TCP', port: 3306 }] };

/** Whether `ns/name` may open a TCP connection to `ns/name` on `port`. */
export function allowed(doc: Doc, from: string, to: string, port: number): boolean {
  const [fns = '', fname = ''] = from.split('/');
  const [tns = '', tname = ''] = to.split('/');
  return isTrafficAllowed(compilePolicies(doc), {
    from: { kind: 'pod', key: podKeyOf(fns, fname) },
    to: { kind: 'pod', key: podKeyOf(tns, tname) },
    port,
    protocol: 'TCP',
  }).allowed;
}

/** The policy as a person reads it in the YAML: without the editor's annotation. */
export function specOf(doc: Doc, name: string): NetworkPolicy['spec'] | undefined {
  return doc.policies.find((p) => p.metadata.name === name)?.spec;
}

/** web → api 5000 and api → db 3306 drawn on the three tiers without policies. */
export function drawThreeTier(): Doc {
  const first = allowFlow(threeTierCluster([]), WEB_TO_API).doc;
  return allowFlow(first, API_TO_DB).doc;
}
