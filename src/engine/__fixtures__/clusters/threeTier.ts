/**
 * The three-tier application of the product brief: web (TCP 80) calls api
 * (TCP 5000) which queries db (TCP 3306), all in namespace `prod`
 * (labelled name=prod). Namespaces `dev` and `test` (name=dev, name=test) each
 * run an api pod with the same labels as prod's. A backup server outside the
 * cluster sits at 192.168.5.10. Truth tables: `golden.threeTier.test.ts`.
 */
import type { Doc, NetworkPolicy, NetworkPolicyPeer, NetworkPolicySpec } from '../../../model';
import type { Scenario } from './objects';
import { containerPort, netpol, nsObject, podObject } from './objects';

export const THREE_TIER_PODS = {
  web: 'prod/web',
  api: 'prod/api',
  db: 'prod/db',
  devapi: 'dev/api',
  testapi: 'test/api',
} as const;

export const BACKUP_SERVER_IP = '192.168.5.10';
/** A user on the internet. */
export const USER_IP = '198.51.100.7';

const API_LABELS = { role: 'api', name: 'api-pod' };

export function threeTierCluster(policies: readonly NetworkPolicy[]): Doc {
  return {
    namespaces: ['prod', 'dev', 'test'].map((n) => nsObject(n, { name: n })),
    workloads: [
      podObject(
        'prod',
        'web',
        { role: 'web', name: 'web-pod' },
        ['10.30.0.1'],
        [containerPort(80, 'TCP', 'http')],
      ),
      podObject('prod', 'api', API_LABELS, ['10.30.0.2'], [containerPort(5000, 'TCP', 'api')]),
      podObject('prod', 'db', { role: 'db' }, ['10.30.0.3'], [containerPort(3306, 'TCP', 'mysql')]),
      podObject('dev', 'api', API_LABELS, ['10.31.0.2'], [containerPort(5000, 'TCP', 'api')]),
      podObject('test', 'api', API_LABELS, ['10.32.0.2'], [containerPort(5000, 'TCP', 'api')]),
    ],
    externals: [{ name: 'backup server', cidr: `${BACKUP_SERVER_IP}/32` }],
    policies,
  };
}

/** db-policy with the given `from` list, on TCP 3306. */
function dbPolicy(from: readonly NetworkPolicyPeer[]): NetworkPolicy {
  return netpol('prod', 'db-policy', {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress'],
    ingress: [{ from, ports: [{ protocol: 'TCP', port: 3306 }] }],
  });
}

/** Pods role=web may open connections only to pods role=api, on TCP 5000. */
export const WEB_EGRESS_TO_API_ONLY: NetworkPolicySpec = {
  podSelector: { matchLabels: { role: 'web' } },
  policyTypes: ['Egress'],
  egress: [
    {
      to: [{ podSelector: { matchLabels: { role: 'api' } } }],
      ports: [{ protocol: 'TCP', port: 5000 }],
    },
  ],
};

const API_POD = { podSelector: { matchLabels: { name: 'api-pod' } } };
const PROD_NS = { namespaceSelector: { matchLabels: { name: 'prod' } } };

export const THREE_TIER_SCENARIOS: readonly Scenario[] = [
  {
    name: 'three-tier/open',
    summary: 'no policy: every pod reaches every pod (Kubernetes allows all by default)',
    source: 'brief: the lesson',
    doc: threeTierCluster([]),
  },
  {
    name: 'three-tier/db-policy',
    summary: 'db admits name=api-pod pods of its own namespace on TCP 3306: web is cut off',
    source: 'brief: the classic db-policy',
    doc: threeTierCluster([dbPolicy([API_POD])]),
  },
  {
    name: 'three-tier/db-from-prod-api-and',
    summary:
      'namespaceSelector name=prod AND podSelector name=api-pod in ONE element: prod api only',
    source: 'brief: namespaceSelector AND podSelector',
    doc: threeTierCluster([dbPolicy([{ ...PROD_NS, ...API_POD }])]),
  },
  {
    name: 'three-tier/db-from-prod-or-api',
    summary:
      'the same selectors as SEPARATE elements: every pod of prod, or api pods of prod: web gets in',
    source: 'brief: namespaceSelector OR podSelector',
    doc: threeTierCluster([dbPolicy([PROD_NS, API_POD])]),
  },
  {
    name: 'three-tier/db-from-any-api',
    summary:
      'namespaceSelector {} AND podSelector name=api-pod: the api pods of dev, test and prod',
    source: 'brief: why the namespace has to be narrowed',
    doc: threeTierCluster([dbPolicy([{ namespaceSelector: {}, ...API_POD }])]),
  },
  {
    name: 'three-tier/backup-server',
    summary:
      'db admits prod api on 3306 and the backup server (ipBlock /32) on 3306; db egresses only to the backup server on TCP 80',
    source: 'brief: the backup server',
    doc: threeTierCluster([
      netpol('prod', 'db-policy', {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [API_POD], ports: [{ protocol: 'TCP', port: 3306 }] },
          {
            from: [{ ipBlock: { cidr: `${BACKUP_SERVER_IP}/32` } }],
            ports: [{ protocol: 'TCP', port: 3306 }],
          },
        ],
        egress: [
          {
            to: [{ ipBlock: { cidr: `${BACKUP_SERVER_IP}/32` } }],
            ports: [{ protocol: 'TCP', port: 80 }],
          },
        ],
      }),
    ]),
  },
  {
    name: 'three-tier/locked-down',
    summary:
      'deny all in prod, then exactly the five flows of the lesson: anyone→web:80, web→api:5000, api→db:3306',
    source: 'brief: the lesson table',
    doc: threeTierCluster([
      netpol('prod', 'default-deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
      netpol('prod', 'web-policy', {
        podSelector: { matchLabels: { role: 'web' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
        egress: [
          {
            to: [{ podSelector: { matchLabels: { role: 'api' } } }],
            ports: [{ protocol: 'TCP', port: 5000 }],
          },
        ],
      }),
      netpol('prod', 'api-policy', {
        podSelector: { matchLabels: { role: 'api' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { role: 'web' } } }],
            ports: [{ protocol: 'TCP', port: 5000 }],
          },
        ],
        egress: [
          {
            to: [{ podSelector: { matchLabels: { role: 'db' } } }],
            ports: [{ protocol: 'TCP', port: 3306 }],
          },
        ],
      }),
      dbPolicy([API_POD]),
    ]),
  },
];
