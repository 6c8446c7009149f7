/**
 * Monitoring may scrape every pod of `apps` on its port named `metrics`, a
 * number of its own on each (9000 to 9019): 20 sources × 20 destinations,
 * more pairs than are read for a line's label. The line from namespace mon to
 * namespace apps reads `TCP metrics (20 ports)`; its tooltip and the Inspector
 * list every number (`linePorts.test.ts`, `e2e/linePorts.spec.ts`).
 */
import type { Doc } from '../../../model';
import { docOf, namespaceOf, podOf, policyOf } from '../docBuilder';

export const METRICS_PODS = 20;

export const METRICS_SCRAPE: Doc = docOf({
  namespaces: [namespaceOf('mon'), namespaceOf('apps')],
  workloads: [
    ...Array.from({ length: METRICS_PODS }, (_, i) => podOf(`mon/prom-${String(i)}`, {})),
    ...Array.from({ length: METRICS_PODS }, (_, i) =>
      podOf(
        `apps/svc-${String(i)}`,
        {},
        { ports: [{ name: 'metrics', containerPort: 9000 + i, protocol: 'TCP' }] },
      ),
    ),
  ],
  policies: [
    policyOf('apps/metrics', {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'mon' } } }],
          ports: [{ port: 'metrics' }],
        },
      ],
    }),
  ],
});
