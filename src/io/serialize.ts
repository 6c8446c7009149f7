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

/**
 * One part of the whole design's YAML: the entry of the design it writes (a namespace, a
 * workload, a Service, a policy, or the list of external endpoints, written together) and how.
 * An edit leaves every entry it does not change as it was, so a writer may keep each part's
 * text by its entry.
 */
export interface DocumentPart {
  readonly entry: object;
  /** Its documents, `---` separated; '' when it writes none (no external endpoint). */
  readonly write: () => string;
}

function partOf<T extends object>(toObject: (entry: T) => unknown): (entry: T) => DocumentPart {
  return (entry) => ({ entry, write: () => yamlDump(toObject(entry)) });
}

/** The whole design's parts, in the order `serializeDocument` writes them. */
export function documentParts(doc: Doc): DocumentPart[] {
  return [
    ...doc.namespaces.map(partOf(namespaceToObject)),
    ...doc.workloads.map(partOf(workloadToObject)),
    ...(doc.services ?? []).map(partOf(serviceToObject)),
    { entry: doc.externals, write: () => documents(externalEndpointObjects(doc.externals)) },
    ...doc.policies.map(partOf(networkPolicyToObject)),
  ];
}

/** The parts' texts as one file: `---` between documents. */
export function documentPartsJoined(texts: readonly string[]): string {
  return texts.filter((text) => text !== '').join('---\n');
}

/** The whole design: Namespaces, workloads, Services, ExternalEndpoints, then the policies. */
export function serializeDocument(doc: Doc): string {
  return documentPartsJoined(documentParts(doc).map((part) => part.write()));
}
