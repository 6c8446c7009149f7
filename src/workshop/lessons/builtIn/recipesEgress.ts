/**
 * The classic recipes 12-14: which connections a pod may START. Checked
 * against the Kubernetes documentation, "Network Policies" ("Default deny all
 * egress traffic"; a namespaceSelector matches pods, and ipBlock is how an
 * address outside the cluster is named) and the NetworkPolicy API reference
 * (`namespaceSelector: {}` selects all namespaces).
 */
import { allows, blocks, connectionOf } from '../claims';
import type { LessonStep } from '../lesson';
import { recipeStep } from './recipeDocs';

const WEB = 'default/web';
const API = 'default/api';
const FOO = 'default/foo';
const PROD_CLIENT = 'prod/client';
const DNS = 'kube-system/coredns';
const INTERNET = 'internet-host';

export function egressRecipeSteps(): LessonStep[] {
  return [
    recipeStep('fooDenyEgress', {
      title: 'Deny egress traffic from an application',
      text:
        'foo-deny-egress lists Egress with no egress rule, so foo may not start any connection: ' +
        'not to web, not even to the DNS server. Other pods may still connect to foo, whose ' +
        'ingress is not isolated.',
      focus: { nodes: [FOO], connection: connectionOf(FOO, WEB, 80) },
      expect: [blocks(FOO, WEB, 80), blocks(FOO, DNS, 53, 'UDP'), allows(WEB, FOO, 8080)],
    }),
    recipeStep('defaultDenyEgress', {
      title: 'Deny all non-whitelisted egress traffic in a namespace',
      text:
        'default-deny-egress isolates every pod of default for egress and allows only DNS, to the ' +
        'kube-dns pods in kube-system. web can still look names up but can no longer reach the ' +
        'bookstore API; connections into default from elsewhere are not affected.',
      focus: { nodes: [WEB, API, DNS] },
      expect: [
        allows(WEB, DNS, 53, 'UDP'),
        allows(WEB, DNS, 53, 'TCP'),
        blocks(WEB, API, 8080),
        allows(PROD_CLIENT, WEB, 80),
      ],
    }),
    recipeStep('fooDenyExternalEgress', {
      title: 'Deny external egress traffic',
      text:
        'foo-deny-external-egress lets foo open connections to every pod of every namespace ' +
        '(namespaceSelector {}), DNS included, and to nothing else. An address outside the ' +
        'cluster is no pod, so foo cannot reach the internet host.',
      focus: { nodes: [FOO, INTERNET], connection: connectionOf(FOO, INTERNET, 443) },
      expect: [allows(FOO, WEB, 80), allows(FOO, DNS, 53, 'UDP'), blocks(FOO, INTERNET, 443)],
    }),
  ];
}
