/**
 * A small cluster for the classic NetworkPolicy recipes (inspired by
 * ahmetb/kubernetes-network-policy-recipes, Apache-2.0; written anew here):
 * a bookstore and a web app in `default`, client pods in `prod`
 * (purpose=production) and `dev` (purpose=development), monitoring in `ops`
 * (team=operations), and kube-dns in `kube-system`.
 */
import type { Doc, NetworkPolicy } from '../../../model';
import { containerPort, nsObject, podObject } from './objects';

/** Short names for the pods, as the golden tables write them. */
export const RECIPE_PODS = {
  web: 'default/web',
  api: 'default/api',
  db: 'default/db',
  srch: 'default/search',
  inv: 'default/inventory',
  asrv: 'default/apiserver',
  mon: 'default/monitor',
  foo: 'default/foo',
  pcli: 'prod/client',
  dcli: 'dev/client',
  omon: 'ops/monitor',
  otl: 'ops/tool',
  dns: 'kube-system/kube-dns',
} as const;

/** An address outside the cluster, for the external-traffic recipes. */
export const RECIPE_OUTSIDE_IP = '203.0.113.9';

const TCP80 = [containerPort(80, 'TCP', 'http')];

export function recipesCluster(policies: readonly NetworkPolicy[]): Doc {
  return {
    namespaces: [
      nsObject('default'),
      nsObject('prod', { purpose: 'production' }),
      nsObject('dev', { purpose: 'development' }),
      nsObject('ops', { team: 'operations' }),
      nsObject('kube-system'),
    ],
    workloads: [
      podObject('default', 'web', { app: 'web' }, ['10.20.0.1'], TCP80),
      podObject(
        'default',
        'api',
        { app: 'bookstore', role: 'api' },
        ['10.20.0.2'],
        [containerPort(8080, 'TCP', 'http')],
      ),
      podObject(
        'default',
        'db',
        { app: 'bookstore', role: 'db' },
        ['10.20.0.3'],
        [containerPort(6379, 'TCP', 'redis')],
      ),
      podObject('default', 'search', { app: 'bookstore', role: 'search' }, ['10.20.0.4'], TCP80),
      podObject('default', 'inventory', { app: 'inventory', role: 'web' }, ['10.20.0.5'], TCP80),
      podObject(
        'default',
        'apiserver',
        { app: 'apiserver' },
        ['10.20.0.6'],
        [containerPort(5000, 'TCP'), containerPort(8000, 'TCP', 'metrics')],
      ),
      podObject('default', 'monitor', { role: 'monitoring' }, ['10.20.0.7'], []),
      podObject('default', 'foo', { app: 'foo' }, ['10.20.0.8'], []),
      podObject('prod', 'client', { app: 'client' }, ['10.21.0.1'], []),
      podObject('dev', 'client', { app: 'client' }, ['10.22.0.1'], []),
      podObject('ops', 'monitor', { type: 'monitoring' }, ['10.23.0.1'], []),
      podObject('ops', 'tool', { app: 'tool' }, ['10.23.0.2'], []),
      podObject(
        'kube-system',
        'kube-dns',
        { 'k8s-app': 'kube-dns' },
        ['10.96.0.10'],
        [containerPort(53, 'UDP', 'dns'), containerPort(53, 'TCP', 'dns-tcp')],
      ),
    ],
    externals: [{ name: 'example.com', cidr: `${RECIPE_OUTSIDE_IP}/32` }],
    policies,
  };
}
