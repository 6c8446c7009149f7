import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { BOUTIQUE_PORTS } from '../__fixtures__/clusters/boutiquePorts';
import { METRICS_PODS, METRICS_SCRAPE } from '../__fixtures__/clusters/metricsScrape';
import { docOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import type { Flow } from './derive';
import { deriveFlows } from './derive';
import { endLabel } from './ends';
import { linePortsText, linePortsTexts } from './linePorts';
import type { FlowStatus } from './verdict';
import type { LinePortsTextOptions } from './linePorts';

/** The flows of each line, `from → to`, as the canvas groups them (one line per pair). */
function linesOf(doc: Doc): Map<string, Flow[]> {
  const lines = new Map<string, Flow[]>();
  for (const f of deriveFlows(doc, compilePolicies(doc))) {
    const key = `${endLabel(f.from)} → ${endLabel(f.to)}`;
    lines.set(key, [...(lines.get(key) ?? []), f]);
  }
  return lines;
}

const statusOf = (flows: Flow[]): FlowStatus =>
  flows.every((f) => f.status === 'blocked')
    ? 'blocked'
    : flows.every((f) => f.status === 'allowed')
      ? 'allowed'
      : 'partial';

/** Each line's label, `from → to: ports`. */
function labels(doc: Doc, options: LinePortsTextOptions = {}): string[] {
  return [...linesOf(doc)].map(
    ([key, flows]) => `${key}: ${linePortsText(flows, statusOf(flows), options)}`,
  );
}

describe('a line of Online Boutique', () => {
  const said = labels(BOUTIQUE_PORTS);

  it('says the port that gets through end to end, by number and name, once', () => {
    expect(said).toContain('shop/frontend → shop/cartservice: TCP 7070 (grpc)');
    expect(said).toContain('shop/cartservice → shop/redis-cart: TCP 6379 (redis)');
  });

  it('says a range as the rule gives it where the destination declares no port in it', () => {
    expect(said).toContain('anywhere → shop/frontend: TCP 9000-9100');
  });

  it('on a blocked line, says the ports its rules ask for', () => {
    expect(said).toContain('shop/frontend → shop/redis-cart: all ports');
  });
});

describe('a blocked line', () => {
  it('says the ports its rules ask for', () => {
    const doc = docOf({
      workloads: [
        podOf('x/a', { app: 'a' }),
        podOf(
          'x/b',
          { app: 'b' },
          { ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }] },
        ),
      ],
      policies: [
        policyOf('x/a', {
          podSelector: { matchLabels: { app: 'a' } },
          policyTypes: ['Egress'],
          egress: [
            { to: [{ podSelector: { matchLabels: { app: 'b' } } }], ports: [{ port: 'http' }] },
          ],
        }),
        policyOf('x/b', { podSelector: { matchLabels: { app: 'b' } }, policyTypes: ['Ingress'] }),
      ],
    });
    expect(labels(doc)).toEqual(['x/a → x/b: TCP http']);
  });
});

/** Pods x/a and x/b (no ports declared); b admits a on `ports` and nothing else. */
function bAdmitsA(ports: { port: number | string }[]): Doc {
  return docOf({
    workloads: [podOf('x/a', { app: 'a' }), podOf('x/b', { app: 'b' })],
    policies: [
      policyOf('x/b', {
        podSelector: { matchLabels: { app: 'b' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'a' } } }], ports }],
      }),
    ],
  });
}

describe('a line nothing was checked on', () => {
  it('says its named port is not declared where it leads', () => {
    const doc = bAdmitsA([{ port: 'grpc' }]);
    expect(labels(doc)).toEqual(['x/a → x/b: TCP grpc (not declared)']);
  });
});

describe('a line between two namespaces of many pods', () => {
  it('says a port named alike on every pod it leads to once, counted; in full, each', () => {
    expect(labels(METRICS_SCRAPE)).toEqual([
      `namespace mon → namespace apps: TCP metrics (${String(METRICS_PODS)} ports)`,
    ]);
    const every = Array.from(
      { length: METRICS_PODS },
      (_, i) => `TCP ${String(9000 + i)} (metrics)`,
    );
    expect(labels(METRICS_SCRAPE, { inFull: true })).toEqual([
      `namespace mon → namespace apps: ${every.join(', ')}`,
    ]);
  });
});

describe('a line with no pod to check at one end', () => {
  it('says the ports its rule gives, as written, not that they are undeclared', () => {
    // Every namespace may reach web; its own namespace holds web alone, so the line from the
    // namespace joins web to itself: no connection to check (recipe 05 on its own).
    const fromEveryNamespace = (ports?: { port: number }[]) =>
      docOf({
        workloads: [podOf('x/web', { app: 'web' })],
        policies: [
          policyOf('x/web', {
            podSelector: { matchLabels: { app: 'web' } },
            policyTypes: ['Ingress'],
            ingress: [{ from: [{ namespaceSelector: {} }], ...(ports && { ports }) }],
          }),
        ],
      });
    expect(labels(fromEveryNamespace())).toEqual(['namespace x → x/web: all ports']);
    expect(labels(fromEveryNamespace([{ port: 10250 }]))).toEqual([
      'namespace x → x/web: TCP 10250',
    ]);
  });
});

describe('a line short of room for its label', () => {
  it('says its first port and how many more', () => {
    const doc = bAdmitsA([{ port: 80 }, { port: 443 }, { port: 8443 }]);
    expect(labels(doc)).toEqual(['x/a → x/b: TCP 80, TCP 443, TCP 8443']);
    expect(labels(doc, { atMost: 1 })).toEqual(['x/a → x/b: TCP 80 and 2 more']);
    expect(labels(doc, { atMost: 3 })).toEqual(['x/a → x/b: TCP 80, TCP 443, TCP 8443']);
  });
});

describe('a line’s label worked out every way at once', () => {
  it('says what each way says alone, on every line of Online Boutique and of a metrics scrape', () => {
    for (const doc of [BOUTIQUE_PORTS, METRICS_SCRAPE]) {
      for (const flows of linesOf(doc).values()) {
        const status = statusOf(flows);
        expect(linePortsTexts(flows, status)).toEqual({
          ports: linePortsText(flows, status),
          inFull: linePortsText(flows, status, { inFull: true }),
          short: linePortsText(flows, status, { atMost: 1 }),
        });
      }
    }
  });
});
