/**
 * Export. `serializePolicies` writes what `kubectl create -f` takes: one
 * document per NetworkPolicy, `---` between them, keys in kubectl's order,
 * `policyTypes` always written, strings that YAML 1.1 would read as something
 * else quoted (`'yes'`, `'on'`, `'1.0'`). The same document always gives the
 * same bytes.
 *
 * `serializeDocument` (the CLI's `--all`) writes the whole design so that it
 * imports back to the same document: Namespaces, then workloads as their own
 * kinds, then Services, then ExternalEndpoints, then the policies.
 */
import type { Doc } from '../model';
import { externalEndpointObjects } from './objects/externalEndpoint';
import { namespaceToObject } from './objects/namespace';
import { networkPolicyToObject } from './objects/networkPolicy';
import { serviceToObject } from './objects/service';
import { workloadToObject } from './objects/workload';
import { yamlDump } from './text/yaml';

function documents(objects: readonly unknown[]): string {
  return objects.map((object) => yamlDump(object)).join('---\n');
}

/** The policies of `doc`, kubectl-ready, `---` separated; '' when there are none. */
export function serializePolicies(doc: Doc): string {
  return documents(doc.policies.map(networkPolicyToObject));
}

/** The whole design: Namespaces, workloads, Services, ExternalEndpoints, then the policies. */
export function serializeDocument(doc: Doc): string {
  return documents([
    ...doc.namespaces.map(namespaceToObject),
    ...doc.workloads.map(workloadToObject),
    ...(doc.services ?? []).map(serviceToObject),
    ...externalEndpointObjects(doc.externals),
    ...doc.policies.map(networkPolicyToObject),
  ]);
}
