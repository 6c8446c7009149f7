/**
 * The validator on real manifests (../shared/corpus/real: no file may draw an
 * error) and on arbitrary input (it never throws).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../text/load';
import { validateNetworkPolicy } from './networkPolicy';
import { validateNamespaceObject, validateWorkloadObject } from './workload';
import { propertyRuns } from '../../engine/__fixtures__/propertyRuns';
import { WORKLOAD_KINDS } from '../../model';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));

function objectsOf(documents: readonly unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    if (
      typeof record.kind === 'string' &&
      record.kind.endsWith('List') &&
      Array.isArray(record.items)
    )
      record.items.forEach(visit);
    else out.push(record);
  };
  documents.forEach(visit);
  return out;
}

function errorsOfObject(raw: Record<string, unknown>): string[] {
  const issues =
    raw.kind === 'NetworkPolicy'
      ? validateNetworkPolicy(raw)
      : raw.kind === 'Namespace'
        ? validateNamespaceObject(raw)
        : (WORKLOAD_KINDS as readonly string[]).includes(String(raw.kind))
          ? validateWorkloadObject(raw)
          : [];
  return issues.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`);
}

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)) : [];

// Skipped where ../shared/corpus/real is not next to the repository (a fresh clone alone).
describe.skipIf(files.length === 0)('when real manifests are validated', () => {
  it.each(files)('finds no error in %s', (file) => {
    const loaded = loadYaml({ name: file, text: readFileSync(`${CORPUS}/${file}`, 'utf8') });
    expect(loaded.ok, JSON.stringify(loaded.issues)).toBe(true);
    if (!loaded.ok) return;
    const objects = objectsOf(loaded.documents);
    expect(objects.some((o) => o.kind === 'NetworkPolicy')).toBe(true);
    for (const object of objects) expect(errorsOfObject(object)).toEqual([]);
  });

  it('warns about the CIDR with host bits in nca-withIpBlock2-ipv6.yaml', () => {
    const file = 'nca-withIpBlock2-ipv6.yaml';
    const loaded = loadYaml({ name: file, text: readFileSync(`${CORPUS}/${file}`, 'utf8') });
    const policies = loaded.ok ? objectsOf(loaded.documents) : [];
    const warnings = policies.flatMap((p) => validateNetworkPolicy(p)).map((i) => i.message);
    expect(warnings.some((w) => w.includes('is ambiguous in this context'))).toBe(true);
  });
});

/** A NetworkPolicy-shaped value whose every part may be anything: reaches deep code paths. */
const shapedPolicy = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.anything(),
    fc.constantFrom(
      'In',
      'Exists',
      'TCP',
      'Ingress',
      '10.0.0.0/8',
      '::/0',
      'http',
      '',
      '10.0.1.1/4',
    ),
    fc.integer({ min: -1, max: 70000 }),
  ),
  selector: fc.record(
    {
      matchLabels: fc.dictionary(fc.string(), tie('leaf')),
      matchExpressions: fc.array(
        fc.record(
          {
            key: tie('leaf'),
            operator: tie('leaf'),
            values: fc.oneof(tie('leaf'), fc.array(tie('leaf'))),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
  peer: fc.record(
    {
      podSelector: fc.oneof(tie('selector'), tie('leaf')),
      namespaceSelector: tie('selector'),
      ipBlock: fc.record(
        { cidr: tie('leaf'), except: fc.oneof(fc.array(tie('leaf')), tie('leaf')) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  rule: fc.record(
    {
      from: fc.array(tie('peer')),
      to: fc.array(tie('peer')),
      ports: fc.array(
        fc.record(
          { port: tie('leaf'), endPort: tie('leaf'), protocol: tie('leaf') },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
  policy: fc.record(
    {
      metadata: fc.oneof(
        fc.record(
          {
            name: tie('leaf'),
            namespace: tie('leaf'),
            labels: fc.dictionary(fc.string(), tie('leaf')),
          },
          { requiredKeys: [] },
        ),
        tie('leaf'),
      ),
      spec: fc.record(
        {
          podSelector: tie('selector'),
          policyTypes: fc.oneof(fc.array(tie('leaf')), tie('leaf')),
          ingress: fc.oneof(fc.array(tie('rule')), tie('leaf')),
          egress: fc.array(tie('rule')),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
})).policy;

describe('when the input is arbitrary', () => {
  it('never throws and always returns well-formed issues', () => {
    const wellFormed = (issues: unknown): void => {
      expect(Array.isArray(issues)).toBe(true);
      for (const issue of issues as { path: unknown; severity: unknown; message: unknown }[]) {
        expect(typeof issue.path).toBe('string');
        expect(['error', 'warning']).toContain(issue.severity);
        expect(typeof issue.message).toBe('string');
      }
    };
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withBoxedValues: true,
          withSparseArray: true,
          withTypedArray: true,
          withBigInt: true,
        }),
        (raw) => {
          wellFormed(validateNetworkPolicy(raw));
          wellFormed(validateNamespaceObject(raw));
          wellFormed(validateWorkloadObject(raw));
        },
      ),
      propertyRuns(),
    );
    fc.assert(
      fc.property(shapedPolicy, (raw) => {
        wellFormed(validateNetworkPolicy(raw));
      }),
      propertyRuns(),
    );
  });

  it('never throws on workload-shaped input', () => {
    const leaf = fc.oneof(
      fc.anything(),
      fc.integer({ min: 0, max: 70000 }),
      fc.constantFrom('TCP', 'http', '10.0.0.1', 'fe80::1'),
    );
    const podSpec = fc.record(
      {
        containers: fc.oneof(
          leaf,
          fc.array(
            fc.record(
              {
                ports: fc.oneof(
                  leaf,
                  fc.array(
                    fc.record(
                      { name: leaf, containerPort: leaf, protocol: leaf },
                      { requiredKeys: [] },
                    ),
                  ),
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
      },
      { requiredKeys: [] },
    );
    const workload = fc.record(
      {
        kind: fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'CronJob', 'Job', 'Other'),
        metadata: fc.oneof(
          leaf,
          fc.record({ name: leaf, labels: fc.dictionary(fc.string(), leaf) }, { requiredKeys: [] }),
        ),
        spec: fc.oneof(
          podSpec,
          fc.record(
            {
              template: fc.record({ metadata: leaf, spec: podSpec }, { requiredKeys: [] }),
              jobTemplate: leaf,
            },
            { requiredKeys: [] },
          ),
        ),
        status: fc.oneof(
          leaf,
          fc.record(
            { podIP: leaf, podIPs: fc.oneof(leaf, fc.array(fc.record({ ip: leaf }))) },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(workload, (raw) => {
        expect(Array.isArray(validateWorkloadObject(raw))).toBe(true);
      }),
      propertyRuns(),
    );
  });
});
