/**
 * The documents of the classic recipes: one small cluster (`content/recipes/cluster.yaml`)
 * plus the policies of each recipe, cut down to the few workloads each
 * recipe's step talks about, so that each draws readable on a projector. The recipes follow the list of Ahmet Alp
 * Balkan's kubernetes-network-policy-recipes (github.com/ahmetb/kubernetes-network-policy-recipes,
 * Apache-2.0), which the Kubernetes documentation links to; the cluster, the
 * policies and the words are our own.
 */
import type { Doc } from '../../../model';
import type { LessonStep } from '../lesson';
import { docPlaced } from '../lessonPlaces';
import { RECIPE_PLACES } from './recipePlaces';
import { builtInDoc } from './builtInDoc';
import denyAllToWeb from './content/recipes/01-deny-all-to-web.yaml?raw';
import limitApi from './content/recipes/02-limit-api.yaml?raw';
import allowAllToWeb from './content/recipes/03-allow-all-to-web.yaml?raw';
import defaultDeny from './content/recipes/04-default-deny.yaml?raw';
import denyOtherNamespaces from './content/recipes/05-deny-other-namespaces.yaml?raw';
import webFromAllNamespaces from './content/recipes/06-web-from-all-namespaces.yaml?raw';
import webFromProduction from './content/recipes/07-web-from-production.yaml?raw';
import webFromOpsMonitoring from './content/recipes/08-web-from-ops-monitoring.yaml?raw';
import webFromOutside from './content/recipes/09-web-from-outside.yaml?raw';
import apiserverPort from './content/recipes/10-apiserver-port.yaml?raw';
import dbMultipleSelectors from './content/recipes/11-db-multiple-selectors.yaml?raw';
import fooDenyEgress from './content/recipes/12-foo-deny-egress.yaml?raw';
import defaultDenyEgress from './content/recipes/13-default-deny-egress.yaml?raw';
import fooDenyExternalEgress from './content/recipes/14-foo-deny-external-egress.yaml?raw';
import cluster from './content/recipes/cluster.yaml?raw';

/** The policy files of each recipe, by the recipe's place in the lesson. */
export const RECIPE_POLICIES = {
  denyAllToWeb: { '01-deny-all-to-web.yaml': denyAllToWeb },
  limitApi: { '02-limit-api.yaml': limitApi },
  allowAllToWeb: {
    '01-deny-all-to-web.yaml': denyAllToWeb,
    '03-allow-all-to-web.yaml': allowAllToWeb,
  },
  defaultDeny: { '04-default-deny.yaml': defaultDeny },
  denyOtherNamespaces: { '05-deny-other-namespaces.yaml': denyOtherNamespaces },
  webFromAllNamespaces: {
    '04-default-deny.yaml': defaultDeny,
    '06-web-from-all-namespaces.yaml': webFromAllNamespaces,
  },
  webFromProduction: { '07-web-from-production.yaml': webFromProduction },
  webFromOpsMonitoring: { '08-web-from-ops-monitoring.yaml': webFromOpsMonitoring },
  webFromOutside: {
    '04-default-deny.yaml': defaultDeny,
    '09-web-from-outside.yaml': webFromOutside,
  },
  apiserverPort: { '10-apiserver-port.yaml': apiserverPort },
  dbMultipleSelectors: { '11-db-multiple-selectors.yaml': dbMultipleSelectors },
  fooDenyEgress: { '12-foo-deny-egress.yaml': fooDenyEgress },
  defaultDenyEgress: { '13-default-deny-egress.yaml': defaultDenyEgress },
  fooDenyExternalEgress: { '14-foo-deny-external-egress.yaml': fooDenyExternalEgress },
} as const;

export type RecipeName = keyof typeof RECIPE_POLICIES;

/** The recipes cluster with the policies of `recipe`. */
export function recipeDoc(recipe: RecipeName): Doc {
  return builtInDoc({ 'cluster.yaml': cluster, ...RECIPE_POLICIES[recipe] });
}

/**
 * `doc` with only the workloads and endpoints `names` names (as lessons name
 * them: `default/web`, `internet-host`), the namespaces they live in, and
 * the policies of those namespaces. The verdict between two nodes
 * kept does not change: it depends only on the policies and on the labels
 * of the two ends and of their namespaces.
 */
export function docCutTo(doc: Doc, names: readonly string[]): Doc {
  const keep = new Set(names);
  const workloads = doc.workloads.filter((w) => keep.has(`${w.namespace}/${w.name}`));
  const externals = doc.externals.filter((e) => keep.has(e.name) || keep.has(`external:${e.name}`));
  const lived = new Set(workloads.map((w) => w.namespace));
  const policies = doc.policies.filter((p) => lived.has(p.metadata.namespace));
  const namespaces = doc.namespaces.filter((n) => lived.has(n.name));
  return { namespaces, workloads, externals, policies };
}

/**
 * A recipe's step: its design cut down to the nodes it names (focus, its
 * connection, the ends of its claims), drawn where `RECIPE_PLACES` puts them
 * (a small design of its own); every claim drawn as a line with its verdict; a
 * step of its own, not a change of the recipe before.
 */
export function recipeStep(recipe: RecipeName, step: Omit<LessonStep, 'doc'>): LessonStep {
  const claims = step.expect ?? [];
  const connection = step.focus.connection === undefined ? [] : [step.focus.connection];
  const names = [
    ...(step.focus.nodes ?? []),
    ...[...connection, ...claims].flatMap((c) => [c.from, c.to]),
  ];
  const lines = claims.map(({ from, to, port, protocol }) => ({ from, to, port, protocol }));
  return {
    ...step,
    doc: docPlaced(docCutTo(recipeDoc(recipe), names), RECIPE_PLACES[recipe]),
    focus: { ...step.focus, lines },
    standsAlone: true,
  };
}
