/**
 * The judging scenario, through the command: traffic generated over
 * generated clusters, written as Hubble prints it (each connection at both
 * nodes, with its replies), turned into policies by `generate`, which are
 * then checked with the engine: every observed connection is allowed, and
 * every other connection between workloads, on a port its destination
 * declares, is blocked unless the proposal said why it is not (DNS, or a
 * workload with the same labels as one seen doing it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicies, isTrafficAllowed, stableLabels } from '../../engine';
import type { Endpoint } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { generateTraffic, hubbleJsonOf } from '../../engine/__fixtures__/traffic';
import type { Seen } from '../../engine/__fixtures__/traffic';
import { parseFiles, serializeDocument } from '../../io';
import type { Doc, ObservedEnd, Workload } from '../../model';
import { podKeyOf } from '../../model';
import { cli } from '../testCli';

const dir = mkdtempSync(join(tmpdir(), 'generate-traffic-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function endpointOf(end: ObservedEnd): Endpoint {
  if (end.kind === 'ip') return { kind: 'ip', ip: end.ip };
  return { kind: 'pod', key: podKeyOf(end.namespace, end.workload?.name ?? end.pod) };
}

const name = (e: Endpoint) => (e.kind === 'pod' ? e.key : e.ip);

/** The workloads no selector tells apart from `w`: its namespace, the same labels. */
function twinsOf(doc: Doc, w: Workload): string[] {
  const labels = JSON.stringify(Object.entries(stableLabels(w.labels)).sort());
  return doc.workloads
    .filter(
      (o) =>
        o.namespace === w.namespace &&
        JSON.stringify(Object.entries(stableLabels(o.labels)).sort()) === labels,
    )
    .map((o) => podKeyOf(o.namespace, o.name));
}

describe.each([1, 2, 3])('generate on a generated cluster and traffic (seed %i)', (seed) => {
  const doc = generateCluster({ pods: 40, policies: 20, namespaces: 4, seed });
  const traffic: Seen[] = generateTraffic(doc, { connections: 150, seed });

  it('allows every observed connection and blocks the others, as the engine checks it', async () => {
    const cluster = join(dir, `cluster-${String(seed)}.yaml`);
    const flows = join(dir, `flows-${String(seed)}.json`);
    writeFileSync(cluster, serializeDocument(doc));
    writeFileSync(flows, hubbleJsonOf(traffic));
    const run = await cli(['generate', cluster, '--flows', flows, '--default-deny']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${String(traffic.length)} connections`);
    const parsed = parseFiles([{ name: 'proposal.yaml', text: run.stdout }]);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const index = compilePolicies({ ...doc, policies: parsed.doc.policies });

    const observed = new Set<string>();
    for (const c of traffic) {
      const from = endpointOf(c.from);
      const to = endpointOf(c.to);
      const key = `${name(from)} ${name(to)} ${String(c.port)}/${c.protocol}`;
      observed.add(key);
      const verdict = isTrafficAllowed(index, { from, to, port: c.port, protocol: c.protocol });
      expect(verdict.allowed, `observed ${key}`).toBe(true);
    }

    let blocked = 0;
    for (const a of doc.workloads) {
      for (const b of doc.workloads) {
        for (const p of b.ports) {
          const from: Endpoint = { kind: 'pod', key: podKeyOf(a.namespace, a.name) };
          const to: Endpoint = { kind: 'pod', key: podKeyOf(b.namespace, b.name) };
          const port = `${String(p.containerPort)}/${p.protocol}`;
          if (observed.has(`${name(from)} ${name(to)} ${port}`)) continue;
          const traffic1 = { from, to, port: p.containerPort, protocol: p.protocol };
          if (!isTrafficAllowed(index, traffic1).allowed) {
            blocked++;
            continue;
          }
          const dns = p.containerPort === 53 && b.namespace === 'kube-system';
          const viaTwins = twinsOf(doc, a).some((f) =>
            twinsOf(doc, b).some((t) => observed.has(`${f} ${t} ${port}`)),
          );
          expect(dns || viaTwins, `unobserved ${name(from)} → ${name(to)} ${port}`).toBe(true);
        }
      }
    }
    expect(blocked).toBeGreaterThan(0);
  });
});
