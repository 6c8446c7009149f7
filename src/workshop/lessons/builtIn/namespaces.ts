/**
 * Lesson 2, "Namespaces": `namespaceSelector` and `podSelector` in one `from`
 * element (both must match) versus two elements (either may). Checked against
 * the Kubernetes documentation, page "Network Policies", section "Behavior of
 * to and from selectors" (kubernetes.io/docs/concepts/services-networking/network-policies/),
 * and the NetworkPolicyPeer API reference
 * (kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/):
 * - podSelector alone "selects the Pods matching PodSelector in the policy's own Namespace";
 * - namespaceSelector "if present but empty, it selects all namespaces";
 * - both in one peer: "the Pods matching PodSelector in the Namespaces selected by NamespaceSelector".
 *
 * Note: two elements (`- namespaceSelector: {name: prod}` and `- podSelector:
 * {name: api-pod}`) do NOT admit the api pods of dev and test. The lone
 * podSelector element only looks at the policy's own namespace (prod); the
 * documentation's example says so ("Pods in the local Namespace with the label
 * role=client, or from any Pod in any namespace with the label user=alice").
 */
import { builtInDoc } from './builtInDoc';
import { allows, blocks, connectionOf } from '../claims';
import andYaml from './content/namespaces/and.yaml?raw';
import clusterYaml from './content/namespaces/cluster.yaml?raw';
import everyNamespaceYaml from './content/namespaces/every-namespace.yaml?raw';
import orYaml from './content/namespaces/or.yaml?raw';
import type { LessonSource, LessonStep } from '../lesson';
import type { LessonPlaces } from '../lessonPlaces';
import { docPlaced } from '../lessonPlaces';

const DB = 'prod/db';
const WEB = 'prod/web';
const PROD_API = 'prod/api';
const DEV_API = 'dev/api';
const TEST_API = 'test/api';
const PODS = [PROD_API, DEV_API, TEST_API, WEB, DB];
/** The one policy of the lesson, shown beside the canvas where its YAML is the point. */
const POLICY = 'prod/db-policy';

/**
 * dev and test in a column on the left, prod on the right with its API pod
 * and web, and the database the lines all lead to, at prod's far side.
 */
const PLACES: LessonPlaces = {
  'namespace:dev': [0, 0],
  [DEV_API]: [24, 56],
  'namespace:test': [0, 300],
  [TEST_API]: [24, 56],
  'namespace:prod': [460, -40],
  [PROD_API]: [24, 56],
  [WEB]: [24, 300],
  [DB]: [480, 178],
};

/** Every API pod's connection to the database, and web's: the step's claims, drawn. */
const TO_DB = [PROD_API, DEV_API, TEST_API, WEB].map((from) => connectionOf(from, DB, 3306));

function steps(): LessonStep[] {
  const cluster = { 'cluster.yaml': clusterYaml };
  const placed = (files: Readonly<Record<string, string>>) =>
    docPlaced(builtInDoc({ ...cluster, ...files }), PLACES);
  const withPolicy = (yaml: string) => placed({ 'db-policy.yaml': yaml });
  return [
    {
      title: 'The same labels in three namespaces',
      text:
        'The API pod runs in dev, test and prod with the same labels: name: api-pod and role: api. ' +
        'No policy selects the database yet, so every API pod, and web too, reaches it on TCP 3306.',
      doc: placed({}),
      focus: { nodes: PODS, lines: TO_DB },
      expect: [
        allows(PROD_API, DB, 3306),
        allows(DEV_API, DB, 3306),
        allows(TEST_API, DB, 3306),
        allows(WEB, DB, 3306),
      ],
    },
    {
      title: 'API pods from every namespace',
      text:
        'This from element holds an empty namespaceSelector, which matches every namespace, and a ' +
        'podSelector for name: api-pod. A pod must match both, so the API pods of dev, test and ' +
        'prod get in, while web, in prod but not an API pod, is blocked.',
      doc: withPolicy(everyNamespaceYaml),
      focus: { nodes: PODS, lines: TO_DB },
      policy: {
        name: POLICY,
        marks: ['spec.ingress[0].from[0].namespaceSelector', 'spec.ingress[0].from[0].podSelector'],
      },
      expect: [
        allows(PROD_API, DB, 3306),
        allows(DEV_API, DB, 3306),
        allows(TEST_API, DB, 3306),
        blocks(WEB, DB, 3306),
      ],
    },
    {
      title: 'One element: both must match (AND)',
      text:
        'Now the namespaceSelector asks for namespaces labelled name: prod, in the same element as ' +
        "the podSelector. A pod must match both, so only prod's API pod reaches the database; the " +
        'API pods of dev and test are blocked, and so is web.',
      doc: withPolicy(andYaml),
      focus: { nodes: PODS, lines: TO_DB },
      policy: {
        name: POLICY,
        marks: ['spec.ingress[0].from[0].namespaceSelector', 'spec.ingress[0].from[0].podSelector'],
      },
      expect: [
        allows(PROD_API, DB, 3306),
        blocks(DEV_API, DB, 3306),
        blocks(TEST_API, DB, 3306),
        blocks(WEB, DB, 3306),
      ],
    },
    {
      title: 'Two elements: either may match (OR)',
      text:
        'A dash before podSelector makes two elements, and a pod now needs to match only one. The ' +
        'first admits every pod of prod, web included. The second, a podSelector on its own, only ' +
        "looks at the policy's own namespace, so the API pods of dev and test stay blocked.",
      doc: withPolicy(orYaml),
      focus: { nodes: PODS, lines: TO_DB },
      policy: {
        name: POLICY,
        marks: ['spec.ingress[0].from[0]', 'spec.ingress[0].from[1]'],
      },
      expect: [
        allows(PROD_API, DB, 3306),
        allows(WEB, DB, 3306),
        blocks(DEV_API, DB, 3306),
        blocks(TEST_API, DB, 3306),
      ],
    },
  ];
}

export const NAMESPACES_LESSON: LessonSource = {
  id: 'namespaces',
  title: 'Namespaces',
  summary:
    'The same API pod in dev, test and prod: namespaceSelector and podSelector in one from ' +
    'element must both match; in two elements, either may.',
  steps,
};
