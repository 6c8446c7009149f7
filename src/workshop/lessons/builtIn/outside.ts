/**
 * Lesson 3, "Outside the cluster": ipBlock for an address no label can name,
 * egress rules for connections a pod starts, and DNS under a default-deny
 * egress policy. Checked against the Kubernetes documentation:
 * - "Network Policies" (kubernetes.io/docs/concepts/services-networking/network-policies/):
 *   ipBlock "selects particular IP CIDR ranges to allow as ingress sources or egress
 *   destinations. These should be cluster-external IPs"; "Default deny all egress
 *   traffic"; policies are additive; replies are implicitly allowed; the label
 *   `kubernetes.io/metadata.name` is set on every namespace ("Targeting a Namespace by its name").
 * - "Debugging DNS Resolution" (kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/):
 *   the DNS pods run in kube-system with the label `k8s-app=kube-dns`; the kube-dns
 *   Service serves port 53 on UDP and TCP (DNS uses TCP for answers too large for
 *   UDP, RFC 7766).
 */
import { builtInDoc } from './builtInDoc';
import { allows, blocks, connectionOf } from '../claims';
import allowDnsYaml from './content/outside/allow-dns.yaml?raw';
import apiEgressYaml from './content/outside/api-egress.yaml?raw';
import backupInYaml from './content/outside/backup-in.yaml?raw';
import backupOutYaml from './content/outside/backup-out.yaml?raw';
import clusterYaml from './content/outside/cluster.yaml?raw';
import dbEgressIsolatedYaml from './content/outside/db-egress-isolated.yaml?raw';
import dbPolicyYaml from './content/outside/db-policy.yaml?raw';
import defaultDenyEgressYaml from './content/outside/default-deny-egress.yaml?raw';
import type { LessonSource, LessonStep } from '../lesson';
import type { LessonPlaces } from '../lessonPlaces';
import { docPlaced } from '../lessonPlaces';

const API = 'prod/api';
const DB = 'prod/db';
const DNS = 'kube-system/coredns';
const BACKUP = 'backup-server';
/** The next address, not the backup server's. */
const NEIGHBOUR = '192.168.5.11';

/**
 * prod's API pods and database side by side, with the backup server below
 * the API pods and the DNS server below the database: the steps about the
 * database and the backup server show the DNS server whole too.
 */
const PLACES: LessonPlaces = {
  'namespace:prod': [0, 0],
  [API]: [24, 56],
  [DB]: [460, 56],
  'namespace:kube-system': [436, 320],
  [DNS]: [24, 56],
  [BACKUP]: [30, 436],
};

function steps(): LessonStep[] {
  const doc = (files: Record<string, string>) =>
    docPlaced(builtInDoc({ 'cluster.yaml': clusterYaml, ...files }), PLACES);
  const denyEgress = {
    'db-policy.yaml': backupOutYaml,
    'default-deny.yaml': defaultDenyEgressYaml,
  };
  return [
    {
      title: 'A server no label can name',
      text:
        'The backup server at 192.168.5.10 is outside the cluster: it is not a pod, so no ' +
        'podSelector or namespaceSelector can match it. db-policy admits only the API pods on TCP ' +
        "3306, so the backup server's connection is blocked at the database's ingress.",
      doc: doc({ 'db-policy.yaml': dbPolicyYaml }),
      focus: { nodes: [BACKUP, DB], connection: connectionOf(BACKUP, DB, 3306) },
      expect: [blocks(BACKUP, DB, 3306), allows(API, DB, 3306)],
    },
    {
      // NP "ipBlock": "the 'source IP' that the NetworkPolicy acts on may be the IP of a
      // LoadBalancer or of the Pod's node, etc." (NAT before or after policy processing
      // is not defined).
      title: 'Let it in with an ipBlock',
      text:
        'A second from element names the server by its address: an ipBlock with cidr ' +
        '192.168.5.10/32, that one address. The backup server now reaches the database on TCP ' +
        '3306, while its neighbour 192.168.5.11 is still blocked. Mind address translation: ' +
        "the source a policy sees may be a load balancer's or a node's address, not the " +
        "server's own.",
      doc: doc({ 'db-policy.yaml': backupInYaml }),
      focus: { nodes: [BACKUP, DB], connection: connectionOf(BACKUP, DB, 3306) },
      expect: [
        allows(BACKUP, DB, 3306),
        blocks(NEIGHBOUR, DB, 3306),
        allows(API, DB, 3306),
        allows(DB, BACKUP, 80),
      ],
    },
    {
      title: 'Pushing backups out is egress',
      text:
        'Until now the database could push its backups to the server on TCP 80: the database ' +
        'starts that connection, and it was not isolated for egress. With Egress added to ' +
        "db-policy's policyTypes and no egress rule, the push is blocked, while the server's own " +
        'connections to the database still get in.',
      doc: doc({ 'db-policy.yaml': dbEgressIsolatedYaml }),
      focus: { nodes: [DB, BACKUP], connection: connectionOf(DB, BACKUP, 80) },
      expect: [blocks(DB, BACKUP, 80), allows(BACKUP, DB, 3306)],
    },
    {
      title: 'An egress rule with the same ipBlock',
      text:
        'An egress rule lets the database open connections to 192.168.5.10/32 on TCP 80, so the ' +
        'push to the backup server is allowed again. It is the only way out: the database still ' +
        'cannot reach the server on another port, nor the API pods.',
      doc: doc({ 'db-policy.yaml': backupOutYaml }),
      focus: { nodes: [DB, BACKUP], connection: connectionOf(DB, BACKUP, 80) },
      expect: [allows(DB, BACKUP, 80), blocks(DB, BACKUP, 443), blocks(DB, API, 5000)],
    },
    {
      title: 'A default-deny egress policy breaks DNS',
      text:
        'default-deny-egress selects every pod of prod and has no egress rule, so the API pods can ' +
        "neither ask the cluster's DNS server (kube-dns, UDP and TCP 53) where the database is nor query " +
        'the database. The database can still push its backups: db-policy allows that, and ' +
        'policies add up.',
      doc: doc(denyEgress),
      focus: { nodes: [API, DNS], connection: connectionOf(API, DNS, 53, 'UDP') },
      expect: [
        blocks(API, DNS, 53, 'UDP'),
        blocks(API, DNS, 53, 'TCP'),
        blocks(API, DB, 3306),
        allows(DB, BACKUP, 80),
      ],
    },
    {
      title: 'Allow DNS back',
      text:
        'allow-dns lets every pod of prod reach the pods labelled k8s-app: kube-dns in kube-system, ' +
        'on UDP and TCP 53; kube-system is matched by kubernetes.io/metadata.name, a label every ' +
        'namespace gets. The API pods can look names up again, but their queries to the database ' +
        'still need an egress rule of their own.',
      doc: doc({ ...denyEgress, 'allow-dns.yaml': allowDnsYaml }),
      focus: { nodes: [API, DNS], connection: connectionOf(API, DNS, 53, 'UDP') },
      expect: [
        allows(API, DNS, 53, 'UDP'),
        allows(API, DNS, 53, 'TCP'),
        allows(DB, DNS, 53, 'UDP'),
        blocks(API, DB, 3306),
      ],
    },
    {
      title: 'Both ends agree again',
      text:
        "api-egress lets the API pods open connections to the database on TCP 3306. The API pods' " +
        "egress now allows the query and db-policy's ingress rule accepts it, so it gets through; " +
        'the API pods still cannot reach the backup server.',
      doc: doc({ ...denyEgress, 'allow-dns.yaml': allowDnsYaml, 'api-egress.yaml': apiEgressYaml }),
      focus: { nodes: [API, DB], connection: connectionOf(API, DB, 3306) },
      expect: [allows(API, DB, 3306), blocks(API, BACKUP, 80), allows(API, DNS, 53, 'UDP')],
    },
  ];
}

export const OUTSIDE_LESSON: LessonSource = {
  id: 'outside',
  title: 'Outside the cluster',
  summary:
    'A backup server outside the cluster: an ipBlock for what no label can name, an egress rule ' +
    'for the connections a pod starts, and DNS under a default-deny egress policy.',
  steps,
};
