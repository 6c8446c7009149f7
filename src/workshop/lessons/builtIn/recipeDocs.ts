/**
 * The documents of the classic recipes: one small cluster (`content/recipes/cluster.yaml`)
 * plus the policies of each recipe. The recipes follow the list of Ahmet Alp
 * Balkan's kubernetes-network-policy-recipes (github.com/ahmetb/kubernetes-network-policy-recipes,
 * Apache-2.0), which the Kubernetes documentation links to; the cluster, the
 * policies and the words are our own.
 */
import type { Doc } from '../../../model';
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
