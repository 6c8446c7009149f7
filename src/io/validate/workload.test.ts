import { describe, expect, it } from 'vitest';
import type { PathIssue } from '../text/pathIssue';
import { validateNamespaceObject, validateWorkloadObject } from './workload';

function lines(issues: readonly PathIssue[], severity: 'error' | 'warning' = 'error'): string[] {
  return issues.filter((i) => i.severity === severity).map((i) => `${i.path}: ${i.message}`);
}

const pod = (spec: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'a', namespace: 'x', labels: { pod: 'a' } },
  spec,
  ...extra,
});

const ports = (...list: unknown[]): unknown => ({
  containers: [{ name: 'c', image: 'nginx', ports: list }],
});

describe('when a Namespace is validated', () => {
  it('accepts a namespace with labels and any other fields', () => {
    const ns = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'prod', labels: { name: 'prod' }, uid: 'u' },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    expect(validateNamespaceObject(ns)).toEqual([]);
  });

  it.each([
    [
      'a name with dots',
      { name: 'my.ns' },
      'metadata.name: Invalid value: "my.ns": must not contain dots',
    ],
    [
      'an uppercase name',
      { name: 'Prod' },
      'metadata.name: Invalid value: "Prod": a lowercase RFC 1123 label',
    ],
    ['no name', {}, 'metadata.name: Required value: name or generateName is required'],
    [
      'a boolean label value',
      { name: 'prod', labels: { istio: true } },
      'metadata.labels.istio: must be a string, not a boolean',
    ],
    [
      'a bad label key',
      { name: 'prod', labels: { 'a b': 'x' } },
      'metadata.labels["a b"]: Invalid value: "a b": name part',
    ],
  ])('rejects %s', (_what, metadata, expected) => {
    const errors = lines(validateNamespaceObject({ kind: 'Namespace', metadata }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('ignores a namespace on a Namespace, with a warning', () => {
    const issues = validateNamespaceObject({
      kind: 'Namespace',
      metadata: { name: 'prod', namespace: 'default' },
    });
    expect(lines(issues)).toEqual([]);
    expect(lines(issues, 'warning')).toEqual([
      'metadata.namespace: this kind is not namespaced: metadata.namespace is ignored',
    ]);
  });

  it('warns when kubernetes.io/metadata.name disagrees with the name', () => {
    const metadata = { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'production' } };
    expect(lines(validateNamespaceObject({ kind: 'Namespace', metadata }), 'warning')).toEqual([
      'metadata.labels["kubernetes.io/metadata.name"]: the API server sets this label to the namespace name "prod", not "production"',
    ]);
  });

  it('ignores unknown fields (lenient)', () => {
    expect(
      validateNamespaceObject({
        kind: 'Namespace',
        metadata: { name: 'prod', whatever: 1 },
        extra: true,
      }),
    ).toEqual([]);
  });
});

describe('when a Pod is validated', () => {
  it('accepts a pod with named container ports and IPs', () => {
    const raw = pod(
      ports(
        { name: 'serve-80-tcp', containerPort: 80 },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ),
      {
        status: { podIP: '10.244.1.7', podIPs: [{ ip: '10.244.1.7' }, { ip: 'fd00::7' }] },
      },
    );
    expect(validateWorkloadObject(raw)).toEqual([]);
  });

  it('accepts a pod without containers or status (a hand-written model)', () => {
    expect(
      validateWorkloadObject({ kind: 'Pod', metadata: { name: 'a', labels: { app: 'web' } } }),
    ).toEqual([]);
  });

  const p = 'spec.containers[0].ports[0]';
  it.each([
    ['port 0', ports({ containerPort: 0 }), `${p}.containerPort: Required value`],
    ['no containerPort', ports({ name: 'http' }), `${p}.containerPort: Required value`],
    [
      'port 65536',
      ports({ containerPort: 65536 }),
      `${p}.containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive`,
    ],
    [
      'a quoted port',
      ports({ containerPort: '80' }),
      `${p}.containerPort: must be an integer, not the string "80": remove the quotes`,
    ],
    [
      'protocol ICMP',
      ports({ containerPort: 80, protocol: 'ICMP' }),
      `${p}.protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`,
    ],
    [
      'a numeric port name',
      ports({ containerPort: 80, name: '80' }),
      `${p}.name: Invalid value: "80": must contain at least one letter (a-z)`,
    ],
    [
      'an uppercase port name',
      ports({ containerPort: 80, name: 'Http' }),
      `${p}.name: Invalid value: "Http": must contain only alpha-numeric`,
    ],
    [
      'a long port name',
      ports({ containerPort: 80, name: 'serve-80-tcp-long' }),
      `${p}.name: Invalid value: "serve-80-tcp-long": must be no more than 15 bytes`,
    ],
    [
      'a port name used twice in a container',
      ports({ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }),
      'spec.containers[0].ports[1].name: Duplicate value: "http"',
    ],
    [
      'ports that are not a list',
      { containers: [{ ports: { containerPort: 80 } }] },
      'spec.containers[0].ports: must be a list, not a mapping',
    ],
  ])('rejects %s', (_what, spec, expected) => {
    const errors = lines(validateWorkloadObject(pod(spec)));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('checks init containers too (sidecars serve ports)', () => {
    const raw = pod({ initContainers: [{ ports: [{ containerPort: 0 }] }] });
    expect(lines(validateWorkloadObject(raw))).toEqual([
      'spec.initContainers[0].ports[0].containerPort: Required value',
    ]);
  });

  it('accepts one port name in two containers', () => {
    const spec = {
      containers: [
        { ports: [{ name: 'http', containerPort: 80 }] },
        { ports: [{ name: 'http', containerPort: 81 }] },
      ],
    };
    expect(validateWorkloadObject(pod(spec))).toEqual([]);
  });

  it.each([
    [
      'a name with uppercase',
      { name: 'Web' },
      'metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain',
    ],
    [
      'a bad namespace',
      { name: 'web', namespace: 'a.b' },
      'metadata.namespace: Invalid value: "a.b": must not contain dots',
    ],
    [
      'a number as label value',
      { name: 'web', labels: { version: 2 } },
      'metadata.labels.version: must be a string, not the number 2',
    ],
  ])('rejects %s in metadata', (_what, metadata, expected) => {
    const errors = lines(validateWorkloadObject({ kind: 'Pod', metadata }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it.each([
    [
      'podIP',
      { podIP: '10.244.1.300' },
      'status.podIP: Invalid value: "10.244.1.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ],
    [
      'podIPs',
      { podIPs: [{ ip: '10.0.0.1' }, { ip: '10.0.0.0/24' }] },
      'status.podIPs[1].ip: Invalid value: "10.0.0.0/24": must be a valid IP address',
    ],
  ])('rejects a bad %s', (_what, status, expected) => {
    const errors = lines(validateWorkloadObject(pod(undefined, { status })));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('warns about an IP in a legacy form', () => {
    const issues = validateWorkloadObject(pod(undefined, { status: { podIP: '010.0.0.1' } }));
    expect(lines(issues)).toEqual([]);
    expect(lines(issues, 'warning')).toEqual([
      'status.podIP: non-standard IP address "010.0.0.1" will be considered invalid in a future Kubernetes release: use "10.0.0.1"',
    ]);
  });

  it('accepts an empty podIP of a pending pod', () => {
    expect(
      validateWorkloadObject(pod(undefined, { status: { podIP: '', phase: 'Pending' } })),
    ).toEqual([]);
  });

  it('warns that NetworkPolicy does not define what applies to a hostNetwork pod', () => {
    const issues = validateWorkloadObject(pod({ hostNetwork: true, containers: [] }));
    expect(lines(issues)).toEqual([]);
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual(['warning spec.hostNetwork']);
    expect(issues[0]?.message).toContain('evaluated here like any other pod');
    expect(validateWorkloadObject(pod({ hostNetwork: false, containers: [] }))).toEqual([]);
  });

  it('warns about hostNetwork in a pod template too', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'kube-system' },
      spec: { template: { metadata: { labels: { app: 'agent' } }, spec: { hostNetwork: true } } },
    };
    expect(validateWorkloadObject(ds).map((i) => i.path)).toEqual([
      'spec.template.spec.hostNetwork',
    ]);
  });
});

describe('when a workload with a pod template is validated', () => {
  const template = (labels: unknown, containerPorts: unknown[] = []): unknown => ({
    metadata: { labels },
    spec: { containers: [{ name: 'c', ports: containerPorts }] },
  });

  it.each(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'])(
    'checks the template of a %s',
    (kind) => {
      const raw = {
        kind,
        metadata: { name: 'api' },
        spec: { selector: {}, template: template({ app: 'a b' }, [{ containerPort: 0 }]) },
      };
      expect(lines(validateWorkloadObject(raw))).toEqual([
        "spec.template.metadata.labels.app: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        'spec.template.spec.containers[0].ports[0].containerPort: Required value',
      ]);
    },
  );

  it('finds the template of a CronJob under jobTemplate', () => {
    const raw = {
      kind: 'CronJob',
      metadata: { name: 'backup' },
      spec: {
        schedule: '0 * * * *',
        jobTemplate: { spec: { template: template({ on: true }, [{ containerPort: 99999 }]) } },
      },
    };
    expect(lines(validateWorkloadObject(raw))).toEqual([
      'spec.jobTemplate.spec.template.metadata.labels.on: must be a string, not a boolean: YAML reads an unquoted yes/no/on/off/true/false as a boolean, so write the value in quotes (e.g. "yes")',
      'spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 99999: must be between 1 and 65535, inclusive',
    ]);
  });

  it('accepts a valid Deployment', () => {
    const raw = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace: 'prod' },
      spec: {
        replicas: 2,
        template: template({ app: 'api' }, [{ name: 'http', containerPort: 5000 }]),
      },
    };
    expect(validateWorkloadObject(raw)).toEqual([]);
  });

  it.each([
    ['StatefulSet', 'db.primary', 'must not contain dots'],
    ['CronJob', 'c'.repeat(53), 'must be no more than 52 characters'],
    ['Job', 'j'.repeat(64), 'must be no more than 63 bytes'],
  ])('applies the name rule of a %s', (kind, name, message) => {
    const errors = lines(validateWorkloadObject({ kind, metadata: { name } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('accepts dots in a Deployment name', () => {
    expect(validateWorkloadObject({ kind: 'Deployment', metadata: { name: 'api.v2' } })).toEqual(
      [],
    );
  });

  it('reports a template that is not a mapping', () => {
    expect(
      lines(
        validateWorkloadObject({
          kind: 'Deployment',
          metadata: { name: 'api' },
          spec: { template: 'x' },
        }),
      ),
    ).toEqual(['spec.template: must be a mapping (key: value), not the string "x"']);
  });

  it('reports an object that is not a mapping', () => {
    expect(lines(validateWorkloadObject([]))).toEqual([
      ': a workload must be a mapping, not a list',
    ]);
  });
});
