import type { Doc, Workload } from '../../model';

function workload(namespace: string, name: string, labels: Record<string, string>): Workload {
  return { namespace, name, kind: 'Deployment', labels, ports: [], ips: [] };
}

/** A small design with names that share letters, for the Find tests. */
export const FIND_TEST_DOC: Doc = {
  namespaces: [
    { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod' } },
    { name: 'db-tools', labels: { 'kubernetes.io/metadata.name': 'db-tools' } },
  ],
  workloads: [
    workload('prod', 'web', { app: 'frontend' }),
    workload('prod', 'db', { app: 'db' }),
    workload('prod', 'mongodb', { app: 'mongo' }),
    workload('db-tools', 'backup', { app: 'frontend-backup' }),
  ],
  externals: [{ name: 'backup-server', cidr: '192.168.5.10/32' }],
  policies: [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'db-allow-api', namespace: 'prod' },
      spec: { podSelector: { matchLabels: { app: 'db' } } },
    },
  ],
};
