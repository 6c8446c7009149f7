import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './testCli';

/** A folder of policies: frontend may reach backend on 8080; no pods anywhere. */
const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend, namespace: shop}
spec:
  podSelector: {matchLabels: {app: backend}}
  policyTypes: [Ingress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
    ports: [{port: 8080}]
`;

type Reach = { results: { port: number; allowed: Record<string, Record<string, boolean>> }[] };

describe.concurrent('reach on policies without pods', () => {
  it('says that --infer adds the pods the policies select', async () => {
    const run = await cli(['reach', '-', '--port', '8080'], POLICIES);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'netpol-canvas reach: namespace shop has policies and no pods; --infer adds the pods the policies select\n',
    );
    expect(run.stdout).toBe('TCP port 8080: no pods\n');
  });

  it('with --infer, lists the inferred pods, marked, and their reachability', async () => {
    const run = await cli(['reach', '-', '--infer', '--ascii'], POLICIES);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Pods inferred from the policies (their namespaces have policies and no pods in the input):',
        '  shop/backend (inferred): pods with app=backend; ports TCP 8080; from shop/backend',
        '  shop/frontend (inferred): pods with app=frontend; no ports; from shop/backend',
        '',
        'TCP port 8080 (rows: from, columns: to; . allowed, X blocked)',
        'from \\ to      shop/backend shop/frontend',
        'shop/backend              X             .',
        'shop/frontend             .             .',
        'TCP port 8080: 3 of 4 pairs allowed, 1 blocked',
        '',
      ].join('\n'),
    );
  });

  it('with --infer --json, keeps stdout the results shape and lists the pods on stderr', async () => {
    const run = await cli(['reach', '-', '--infer', '--json'], POLICIES);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('shop/frontend (inferred)');
    const reach = JSON.parse(run.stdout) as Reach;
    expect(reach.results[0]?.allowed['shop/frontend']?.['shop/backend']).toBe(true);
  });
});

describe.concurrent('explain and check on policies without pods', () => {
  const pair = ['--from', 'shop/frontend', '--to', 'shop/backend', '--port', '8080'];

  it('explain: without --infer the pods are unknown, and the note says what adds them', async () => {
    const run = await cli(['explain', '-', ...pair], POLICIES);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'netpol-canvas explain: namespace shop has policies and no pods; --infer adds the pods the policies select\n',
    );
    expect(run.stderr).toContain("--from: unknown pod 'shop/frontend'");
  });

  it('explain --infer: an inferred pair is explained as reach --infer answers it', async () => {
    const run = await cli(['explain', '-', '--infer', ...pair], POLICIES);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(
      'shop/frontend → shop/backend on TCP port 8080: ALLOWED',
    );
    expect(run.stdout).toContain('Allowed by spec.ingress[0] of shop/backend');
  });

  it('check --infer: expectations about inferred pods are checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netpol-infer-'));
    const policies = join(dir, 'policies.yaml');
    writeFileSync(policies, POLICIES);
    const expectations = [
      '- {from: shop/frontend, to: shop/backend, port: 8080, allowed: true}',
      '- {from: shop/backend, to: shop/backend, port: 8080, allowed: false}',
    ].join('\n');
    const run = await cli(['check', policies, '--infer', '--expect', '-'], expectations);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('2 passed, 0 failed\n');
    expect(run.code).toBe(0);
  });
});
