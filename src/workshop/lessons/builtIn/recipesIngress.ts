/**
 * The classic recipes 1-11: who may open connections TO a pod. Statements are
 * checked against the Kubernetes documentation, "Network Policies"
 * (kubernetes.io/docs/concepts/services-networking/network-policies/) and the
 * NetworkPolicy API reference: a rule "allows traffic which matches both the
 * from and ports sections", and an empty or missing `from` (or `ports`) matches
 * all sources (or ports); `ingress: [{}]` allows everything; an empty podSelector
 * selects all pods of the namespace; policies are additive.
 */
import { allows, blocks, connectionOf } from '../claims';
import type { LessonStep } from '../lesson';
import { recipeStep } from './recipeDocs';

const WEB = 'default/web';
const API = 'default/api';
const DB = 'default/db';
const SEARCH = 'default/search';
const INVENTORY = 'default/inventory';
const APISERVER = 'default/apiserver';
const MONITOR = 'default/monitor';
const PROD_CLIENT = 'prod/client';
const DEV_CLIENT = 'dev/client';
const OPS_MONITOR = 'ops/monitor';
const OPS_TOOL = 'ops/tool';
const INTERNET = 'internet-host';

export function ingressRecipeSteps(): LessonStep[] {
  return [
    recipeStep('denyAllToWeb', {
      title: 'Deny all traffic to an application',
      text:
        'web-deny-all selects the web pods and lists Ingress without any rule, so no other pod ' +
        'may open a connection to web: not its neighbours in default, not pods of other ' +
        "namespaces; only web's own node still may (the kubelet's health checks). The other pods " +
        'are not selected and still accept every connection.',
      focus: { nodes: [WEB] },
      expect: [blocks(API, WEB, 80), blocks(PROD_CLIENT, WEB, 80), allows(API, DB, 6379)],
    }),
    recipeStep('limitApi', {
      title: 'Limit traffic to an application',
      text:
        'api-allow-bookstore lets only pods labelled app: bookstore, of its own namespace, open ' +
        'connections to the bookstore API. The search and database pods belong to the bookstore ' +
        'and get in; web does not.',
      focus: { nodes: [API], connection: connectionOf(WEB, API, 8080) },
      expect: [allows(SEARCH, API, 8080), allows(DB, API, 8080), blocks(WEB, API, 8080)],
    }),
    recipeStep('allowAllToWeb', {
      title: 'Allow all traffic to an application',
      text:
        'web-allow-all adds a rule with neither from nor ports, which matches every connection. ' +
        'Next to web-deny-all it wins: policies never take anything away, and a connection is ' +
        'allowed when any policy selecting the pod allows it.',
      focus: { nodes: [WEB] },
      expect: [allows(API, WEB, 80), allows(PROD_CLIENT, WEB, 80), allows(INTERNET, WEB, 80)],
    }),
    recipeStep('defaultDeny', {
      title: 'Deny all non-whitelisted traffic in a namespace',
      text:
        'default-deny-ingress selects every pod of default with an empty podSelector and has no ' +
        'ingress rule, so only what another policy allows (and their own node) will reach them. ' +
        'Pods of other namespaces ' +
        "are not affected, and default's pods may still start connections.",
      focus: { nodes: [WEB, API, DB] },
      expect: [blocks(WEB, API, 8080), blocks(PROD_CLIENT, WEB, 80), allows(WEB, OPS_TOOL, 8080)],
    }),
    recipeStep('denyOtherNamespaces', {
      title: 'Deny traffic from other namespaces',
      text:
        'deny-from-other-namespaces selects every pod of default and admits podSelector {}: on its ' +
        "own, that means every pod of the policy's own namespace. web still reaches the bookstore " +
        'API, but the client in prod and the prober in ops are blocked.',
      focus: { nodes: [WEB, PROD_CLIENT] },
      expect: [allows(WEB, API, 8080), blocks(PROD_CLIENT, WEB, 80), blocks(OPS_MONITOR, WEB, 80)],
    }),
    recipeStep('webFromAllNamespaces', {
      title: 'Allow traffic from all namespaces',
      text:
        'With default-deny-ingress in place, web-allow-all-namespaces admits every pod of every ' +
        'namespace to web, default included: a namespaceSelector {} matches them all. An address ' +
        'outside the cluster is no pod, so the internet host is still blocked.',
      focus: { nodes: [WEB] },
      expect: [
        allows(PROD_CLIENT, WEB, 80),
        allows(DEV_CLIENT, WEB, 80),
        allows(API, WEB, 80),
        blocks(INTERNET, WEB, 80),
        blocks(PROD_CLIENT, API, 8080),
      ],
    }),
    recipeStep('webFromProduction', {
      title: 'Allow all traffic from a namespace',
      text:
        'web-allow-production admits the pods of namespaces labelled purpose: production. The ' +
        "client in prod gets in, the client in dev does not, and neither do web's neighbours in " +
        'default, whose namespace lacks that label.',
      focus: { nodes: [WEB, PROD_CLIENT, DEV_CLIENT] },
      expect: [allows(PROD_CLIENT, WEB, 80), blocks(DEV_CLIENT, WEB, 80), blocks(API, WEB, 80)],
    }),
    recipeStep('webFromOpsMonitoring', {
      title: 'Allow traffic from some pods in another namespace',
      text:
        'One from element holds both selectors, so a pod must be labelled type: monitoring and run ' +
        'in a namespace labelled team: operations. The prober in ops gets in; the tool in ops and ' +
        'the prober in default do not.',
      focus: { nodes: [WEB, OPS_MONITOR, OPS_TOOL] },
      expect: [allows(OPS_MONITOR, WEB, 80), blocks(OPS_TOOL, WEB, 80), blocks(MONITOR, WEB, 80)],
    }),
    recipeStep('webFromOutside', {
      // "Network Policies", ipBlock: the source IP a policy sees may be rewritten on the
      // way in (a load balancer's or a node's); a rule without `from` matches any source.
      title: 'Allow external clients',
      text:
        'With default-deny-ingress in place, web-allow-external gives web a rule with a port and ' +
        'no from: any source, inside or outside the cluster, may connect on TCP 80. The internet ' +
        'host reaches web, but not on other ports, and not the bookstore API.',
      focus: { nodes: [INTERNET, WEB], connection: connectionOf(INTERNET, WEB, 80) },
      expect: [
        allows(INTERNET, WEB, 80),
        allows(PROD_CLIENT, WEB, 80),
        blocks(INTERNET, WEB, 443),
        blocks(INTERNET, API, 8080),
      ],
    }),
    recipeStep('apiserverPort', {
      title: 'Allow traffic only to some ports',
      text:
        'apiserver-allow-5000 lets the monitoring pods of default reach the API server on TCP ' +
        '5000 only. Its metrics port 8000 stays closed to them, and other pods are kept out of both.',
      focus: { nodes: [MONITOR, APISERVER], connection: connectionOf(MONITOR, APISERVER, 5000) },
      expect: [
        allows(MONITOR, APISERVER, 5000),
        blocks(MONITOR, APISERVER, 8000),
        blocks(WEB, APISERVER, 5000),
        blocks(WEB, APISERVER, 8000),
      ],
    }),
    recipeStep('dbMultipleSelectors', {
      title: 'Allow traffic from apps using multiple selectors',
      text:
        'db-allow-services lists three from elements, and a pod that matches any one of them may ' +
        'reach the bookstore database. Search, the API and the inventory web app get in; web, ' +
        'labelled only app: web, does not.',
      focus: { nodes: [DB, SEARCH, API, INVENTORY, WEB] },
      expect: [
        allows(SEARCH, DB, 6379),
        allows(API, DB, 6379),
        allows(INVENTORY, DB, 6379),
        blocks(WEB, DB, 6379),
      ],
    }),
  ];
}
