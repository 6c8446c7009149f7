/**
 * Pods inferred from the policies, for namespaces that have policies and no
 * pods (a Git folder of policies, as most teams keep them): one workload per
 * distinct pod selector that speaks about the namespace, carrying labels the
 * selector matches, so that the policies select it, and the lines between them
 * are drawn as for real pods. A pod inferred for one selector may match another
 * one too (`{}` matches every pod): that is right, and gives those lines.
 *
 * They are derived, never stored: `withInferred(doc)` is the document the view
 * works on; exports and saves use the document itself. A namespace with any
 * real workload has none.
 */
import type { Doc, InferredFrom, LabelSelector, Workload } from '../../model';
import { containerPortText, rulePortText } from '../text/portText';
import { describeSelector } from '../verdict/explain';
import { inferredNames } from './inferredName';
import { inferredPorts, inferredRanges, rulePortsTowards } from './inferredPorts';
import { selectorLabels } from './selectorLabels';
import { policyOnlyNamespaces, selectorMentions } from './selectorMentions';

/** The inferred workloads of `doc`, namespace by namespace, in the order their selectors appear. */
export function inferWorkloads(doc: Doc): Workload[] {
  const targets = policyOnlyNamespaces(doc);
  if (targets.length === 0) return [];
  const byName = new Map(targets.map((n) => [n.name, n]));
  const workloads: Workload[] = [];
  for (const { namespace, selector, policies } of selectorMentions(doc, targets)) {
    const labels = selectorLabels(selector);
    const ns = byName.get(namespace);
    if (labels === null || ns === undefined) continue;
    const rulePorts = rulePortsTowards(doc, ns, labels);
    const ranges = inferredRanges(rulePorts);
    workloads.push({
      namespace,
      name: '',
      kind: 'Pod',
      labels,
      ports: inferredPorts(rulePorts),
      ips: [],
      inferred: { selector, policies, ...(ranges.length === 0 ? {} : { ranges }) },
    });
  }
  // Named once every selector of a namespace is known: a short name only where it is alone.
  const names = new Map<string, string[]>();
  for (const namespace of new Set(workloads.map((w) => w.namespace))) {
    const of = workloads.filter((w) => w.namespace === namespace);
    names.set(namespace, inferredNames(of.map((w) => w.inferred?.selector ?? {})));
  }
  return workloads.map((w) => ({ ...w, name: names.get(w.namespace)?.shift() ?? w.name }));
}

/** The document plus its inferred workloads; the same object when there are none. */
export function withInferred(doc: Doc): Doc {
  const inferred = inferWorkloads(doc);
  return inferred.length === 0 ? doc : { ...doc, workloads: [...doc.workloads, ...inferred] };
}

/** The workload without its inference mark: a real workload to add to the document. */
export function inferredAsWorkload(workload: Workload): Workload {
  const { inferred: _inferred, ...real } = workload;
  return real;
}

/**
 * A workload's ports as its card and the Inspector list them (`TCP 8080
 * (http)`); an inferred workload's port that stands for a rule's range reads
 * as the range (`TCP 8000-8100`).
 */
export function workloadPortsText(workload: Workload): string[] {
  const ranges = workload.inferred?.ranges ?? [];
  const texts = workload.ports.flatMap((p) => {
    const from = ranges.filter((r) => r.port === p.containerPort && r.protocol === p.protocol);
    return from.length === 0 ? [containerPortText(p)] : from.map((r) => rulePortText(r, 'short'));
  });
  return [...new Set(texts)];
}

/** `app.kubernetes.io/name` → `…/name`: a key's prefix, left out where room is short. */
function keyShort(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash < 0 ? key : `…${key.slice(slash)}`;
}

function selectorShort(selector: LabelSelector): LabelSelector {
  return {
    matchLabels: Object.fromEntries(
      Object.entries(selector.matchLabels ?? {}).map(([k, v]) => [keyShort(k), v]),
    ),
    matchExpressions: (selector.matchExpressions ?? []).map((r) => ({
      ...r,
      key: keyShort(r.key),
    })),
  };
}

/**
 * What an inferred workload stands for, in words: `pods with app=frontend`,
 * `every pod`; with `shortKeys`, prefixes of keys are cut for a card
 * (`pods with …/name=grafana`).
 */
export function inferredPodsText(inferred: InferredFrom, shortKeys = false): string {
  const text = describeSelector(shortKeys ? selectorShort(inferred.selector) : inferred.selector);
  return text === '' ? 'every pod' : `pods with ${text}`;
}
