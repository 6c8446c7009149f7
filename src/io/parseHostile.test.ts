/**
 * Whatever the input, `parseFiles` answers with issues and never throws:
 * random text, random values under every kind it reads, and damaged copies of
 * a real manifest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFiles } from './parse';
import { yamlDump } from './text/yaml';
import { propertyRuns } from '../engine/__fixtures__/propertyRuns';

const KINDS = [
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['v1', 'Namespace'],
  ['v1', 'Pod'],
  ['apps/v1', 'Deployment'],
  ['batch/v1', 'CronJob'],
  ['netpol-canvas.dev/v1alpha1', 'ExternalEndpoint'],
  ['v1', 'List'],
] as const;

const MANIFEST = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: prod, labels: {app: db}}
spec:
  podSelector:
    matchLabels: {role: db}
    matchExpressions: [{key: tier, operator: In, values: [a, b]}]
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector: {matchLabels: {name: prod}}
          podSelector: {matchLabels: {name: api}}
        - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
      ports: [{protocol: TCP, port: 3306}, {port: http, endPort: 90}]
  egress: [{to: [{ipBlock: {cidr: "::/0"}}], ports: [{port: 53, protocol: UDP}]}]
`;

function expectIssuesOnly(text: string): void {
  const result = parseFiles([{ name: 'in.yaml', text }]);
  for (const issue of result.issues) {
    expect(issue.file).toBe('in.yaml');
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.line).toBeGreaterThanOrEqual(0);
  }
  if (!result.ok) expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
}

/** Values shaped like the fields a reader looks at, with anything in their place. */
const fieldValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, {}, [], [{}], [null], 'TCP', 'Ingress', 80, -1, 'yes', '10.0.0.0/8'),
);
const shaped: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fieldValue,
    fc.dictionary(
      fc.constantFrom(
        'metadata',
        'spec',
        'name',
        'namespace',
        'labels',
        'podSelector',
        'matchLabels',
        'matchExpressions',
        'ingress',
        'egress',
        'from',
        'to',
        'ports',
        'port',
        'endPort',
        'protocol',
        'ipBlock',
        'cidr',
        'except',
        'template',
        'containers',
        'containerPort',
        'status',
        'podIPs',
        'podIP',
        'ip',
        'items',
        'ownerReferences',
        'kind',
        'values',
        'operator',
        'key',
      ),
      tie('node'),
      { maxKeys: 4 },
    ),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
})).node;

describe('when the input is arbitrary', () => {
  it('answers random text with issues', () => {
    const chars = fc.constantFrom(
      'a',
      ':',
      ' ',
      '\n',
      '-',
      '[',
      ']',
      '{',
      '}',
      '&',
      '*',
      '!',
      '"',
      "'",
      '#',
      '|',
      '>',
      '<<',
      '---',
      '\t',
      '?',
      ',',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 80 }).map((parts) => parts.join('')),
        expectIssuesOnly,
      ),
      propertyRuns(1000),
    );
  });

  it('answers random values under every kind with issues', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        shaped,
        shaped,
        shaped,
        ([apiVersion, kind], metadata, spec, extra) => {
          const object = { apiVersion, kind, metadata, spec, status: extra, items: extra };
          expectIssuesOnly(yamlDump(JSON.parse(JSON.stringify(object)) as unknown));
        },
      ),
      propertyRuns(1000),
    );
  });

  it('answers damaged copies of a real manifest with issues', () => {
    fc.assert(
      fc.property(
        fc.nat(MANIFEST.length - 1),
        fc.nat(8),
        fc.string({ maxLength: 3 }),
        (at, cut, insert) => {
          expectIssuesOnly(MANIFEST.slice(0, at) + insert + MANIFEST.slice(at + cut));
        },
      ),
      propertyRuns(1000),
    );
  });
});
