/** Two small designs and a YAML text typed over the first, for the tests of YAML drafts. */
import { generateCluster } from '../engine/__fixtures__/generate';
import type { Doc } from '../model';

export const LIVE = 'kind: Namespace\n';
export const TYPED = 'kind: Namespace # mine\n';

export const first: Doc = {
  ...generateCluster({ pods: 6, policies: 2, namespaces: 2, seed: 1 }),
  title: 'First',
};
export const second: Doc = {
  ...generateCluster({ pods: 6, policies: 2, namespaces: 2, seed: 2 }),
  title: 'Second',
};
