/**
 * Lesson 1, "Three tiers": the lesson of the product brief. Statements are
 * checked against the Kubernetes documentation, page "Network Policies"
 * (kubernetes.io/docs/concepts/services-networking/network-policies/, "NP"
 * below) and the NetworkPolicy API reference
 * (kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/,
 * "API" below); every claim about traffic is also in `expect` and checked
 * against the engine by `builtInLessons.test.ts`.
 */
import { builtInDoc } from './builtInDoc';
import { allows, blocks, connectionOf } from '../claims';
import appYaml from './content/three-tiers/app.yaml?raw';
import dbPolicyYaml from './content/three-tiers/db-policy.yaml?raw';
import dnsYaml from './content/three-tiers/dns.yaml?raw';
import dbPolicyNoEgressYaml from './content/three-tiers/db-policy-no-egress.yaml?raw';
import everyTierYaml from './content/three-tiers/every-tier.yaml?raw';
import type { LessonSource, LessonStep } from '../lesson';
import type { LessonPlaces } from '../lessonPlaces';
import { docPlaced } from '../lessonPlaces';

const WEB = 'prod/web';
const API = 'prod/api';
const DB = 'prod/db';
/** The users: addresses on the internet (a documentation range, RFC 5737). */
const USER = 'users';
const TIERS = [WEB, API, DB];
const DB_POLICY = 'prod/db-policy';
const DNS = 'kube-system/coredns';

/**
 * The drawing of steps 1 to 4: the users above web, the tiers left to right
 * with api a little lower (web's line to db passes above it), far enough
 * apart for a port's label on each line, and the DNS server below api.
 */
const PLACES: LessonPlaces = {
  users: [30, 0],
  'namespace:prod': [0, 150],
  [WEB]: [24, 56],
  [API]: [410, 156],
  [DB]: [796, 56],
  'namespace:kube-system': [386, 560],
  [DNS]: [24, 56],
};

/**
 * Step 5 speaks of the two opposite lines between api and db (the query, and
 * db's own connection that is now blocked): api lower down, so each line is
 * long enough for its label beside the other's.
 */
const PLACES_API_LOWER: LessonPlaces = { ...PLACES, [API]: [410, 330] };

/**
 * Step 6 shows every tier and the DNS server at once: the tiers in one row
 * and the DNS server below the middle one, a drawing about as wide as a
 * projector, so that a 1280 × 720 room still reads the lines' labels.
 */
const PLACES_FLAT: LessonPlaces = {
  ...PLACES,
  [API]: [500, 56],
  [DB]: [976, 56],
  'namespace:kube-system': [476, 420],
};

function builtInPlaced(files: Readonly<Record<string, string>>, places = PLACES) {
  return docPlaced(builtInDoc(files), places);
}

function steps(): LessonStep[] {
  const app = { 'app.yaml': appYaml };
  const open = builtInPlaced(app);
  const dbPolicy = builtInPlaced({ ...app, 'db-policy.yaml': dbPolicyYaml });
  return [
    {
      // NP "The two sorts of pod isolation": "By default, a pod is non-isolated for
      // egress; all outbound connections are allowed." (the same for ingress).
      title: 'Everything is allowed by default',
      text:
        'Users reach the web server on TCP 80, web calls the API server on TCP 5000, and the API ' +
        'server queries the database on TCP 3306. No NetworkPolicy selects these pods yet, so none ' +
        'of them is isolated: every connection is allowed, even web straight to the database.',
      doc: open,
      focus: {
        nodes: TIERS,
        lines: [
          connectionOf(USER, WEB, 80),
          connectionOf(WEB, API, 5000),
          connectionOf(API, DB, 3306),
          connectionOf(WEB, DB, 3306),
        ],
      },
      expect: [
        allows(USER, WEB, 80),
        allows(WEB, API, 5000),
        allows(API, DB, 3306),
        allows(WEB, DB, 3306),
      ],
    },
    {
      // NP: "For a connection from a source pod to a destination pod to be allowed, both
      // the egress policy on the source pod and the ingress policy on the destination pod
      // need to allow the connection."
      title: 'Who starts the connection names its direction',
      text:
        'web opens the connection to api, so it is egress for web and ingress for api; the ' +
        'arrow back, api to web on TCP 80, is another connection, one api would start. A ' +
        "connection between two pods needs both checks to allow it, here web's egress and api's " +
        'ingress: neither pod is isolated yet, so both say yes.',
      doc: open,
      focus: {
        nodes: [WEB, API],
        connection: connectionOf(WEB, API, 5000),
        lines: [connectionOf(WEB, API, 5000), connectionOf(API, WEB, 80)],
      },
      expect: [allows(WEB, API, 5000), allows(API, WEB, 80)],
    },
    {
      // NP "The NetworkPolicy resource": "If no policyTypes are specified on a
      // NetworkPolicy then by default Ingress will always be set and Egress will be set
      // if the NetworkPolicy has any egress rules." A pod selected for ingress accepts
      // only what some rule allows ("The two sorts of pod isolation": "the only allowed
      // connections into the pod are those from the pod's node and those allowed by the
      // ingress list of some NetworkPolicy that applies to the pod for ingress").
      title: 'db-policy isolates the database for ingress',
      text:
        'db-policy selects the pods labelled role: db, and its file leaves policyTypes out: ' +
        'Kubernetes then always sets Ingress, and Egress only when the policy has egress rules, ' +
        'so it is stored with policyTypes Ingress alone (marked beside). The database is now ' +
        'isolated for ingress: the only connections that get in are those a rule allows, and those ' +
        "from the pod's own node. Its one rule allows pods labelled name: api-pod, on TCP 3306.",
      doc: dbPolicy,
      focus: { nodes: [DB], connection: connectionOf(API, DB, 3306) },
      policy: { name: DB_POLICY, marks: ['spec.policyTypes', 'spec.ingress[0].from[0]'] },
      expect: [allows(API, DB, 3306), blocks(USER, DB, 3306)],
    },
    {
      // NP: "If either side does not allow the connection, it will not happen."
      title: 'web can no longer reach the database',
      text:
        'web is not labelled name: api-pod, so no rule of db-policy matches its connection: web ' +
        "to db on TCP 3306 is now blocked at the database's ingress, although web's egress " +
        'allows it. No policy selects web or api, so web still reaches api.',
      doc: dbPolicy,
      // It says web still reaches api: that line is drawn with its port, as the blocked one.
      focus: {
        nodes: [WEB, DB],
        connection: connectionOf(WEB, DB, 3306),
        lines: [connectionOf(WEB, DB, 3306), connectionOf(WEB, API, 5000)],
      },
      policy: { name: DB_POLICY, marks: ['spec.ingress[0].from[0].podSelector'] },
      expect: [blocks(WEB, DB, 3306), allows(WEB, API, 5000), allows(API, DB, 3306)],
    },
    {
      // NP "The two sorts of pod isolation": "Reply traffic for those allowed connections
      // will also be implicitly allowed." (said for both directions).
      title: 'Replies need no rule',
      text:
        'db-policy now also lists Egress, with no egress rule, so the database may not start any ' +
        'connection: db to api on TCP 5000 is blocked. The API server still gets its answers: a ' +
        'reply travels back on the connection api opened, and replies need no rule.',
      doc: builtInPlaced({ ...app, 'db-policy.yaml': dbPolicyNoEgressYaml }, PLACES_API_LOWER),
      focus: {
        nodes: [API, DB],
        connection: connectionOf(API, DB, 3306),
        lines: [connectionOf(API, DB, 3306), connectionOf(DB, API, 5000)],
      },
      policy: { name: DB_POLICY, marks: ['spec.policyTypes'] },
      expect: [blocks(DB, API, 5000), allows(API, DB, 3306)],
    },
    {
      // The traffic table: each connection is egress where it starts and ingress
      // where it arrives. API "ingress.from": "If this field is empty or missing, this rule
      // matches all sources". DNS: pods look names up through the kube-dns Service, whose
      // pods carry k8s-app: kube-dns in kube-system (kubernetes.io "Debugging DNS Resolution").
      title: 'Every tier states its traffic',
      text:
        'Each tier now has a policy for both directions: web accepts TCP 80 from anyone and calls ' +
        'api on 5000, api accepts web on 5000 and queries db on 3306, and db accepts api on 3306. ' +
        'Each connection is written twice, as egress where it starts and ingress where it ' +
        'arrives: the five rows of the Traffic table. Each egress list also lets its tier ask ' +
        "the cluster's DNS server (coredns in kube-system, UDP and TCP 53), which lesson 3 " +
        'explains: those are the DNS rows of the table.',
      doc: builtInPlaced(
        { ...app, 'dns.yaml': dnsYaml, 'every-tier.yaml': everyTierYaml },
        PLACES_FLAT,
      ),
      focus: { nodes: [...TIERS, DNS] },
      expect: [
        allows(USER, WEB, 80),
        allows(WEB, API, 5000),
        allows(API, DB, 3306),
        blocks(WEB, DB, 3306),
        blocks(DB, WEB, 80),
        blocks(API, WEB, 80),
        blocks(USER, API, 5000),
      ],
    },
  ];
}

export const THREE_TIERS_LESSON: LessonSource = {
  id: 'three-tiers',
  title: 'Three tiers',
  summary:
    'A web server, an API server and a database: who starts a connection names its direction, a ' +
    'policy that selects a pod isolates it for the directions in its policyTypes, both ends ' +
    'must agree, and replies need no rule.',
  steps,
};
