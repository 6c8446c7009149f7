import { describe, expect, it } from 'vitest';
import type { Doc, Issue } from '../model';
import { parseFiles } from './parse';

function parse(text: string, name = 'in.yaml') {
  return parseFiles([{ name, text }]);
}

function docOf(text: string): Doc {
  const result = parse(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.doc;
}

function issuesOf(text: string): Pick<Issue, 'line' | 'path' | 'severity' | 'message'>[] {
  return parse(text).issues.map(({ line, path, severity, message }) => ({
    line,
    path,
    severity,
    message,
  }));
}

const POLICY = (name: string, namespace = 'default') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${namespace}}
spec: {podSelector: {}}
`;

describe('when workloads are read', () => {
  it('takes a Pod its labels, every container port and its IPs', () => {
    const doc = docOf(`apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {pod: a}}
spec:
  containers:
    - {name: c1, image: i, ports: [{name: serve-80-tcp, containerPort: 80}]}
    - {name: c2, image: i, ports: [{containerPort: 81, protocol: UDP}]}
status:
  podIP: 10.0.0.1
  podIPs: [{ip: 10.0.0.1}, {ip: 'fd00::1'}]
`);
    expect(doc.workloads).toEqual([
      {
        namespace: 'x',
        name: 'a',
        kind: 'Pod',
        labels: { pod: 'a' },
        ports: [
          { name: 'serve-80-tcp', containerPort: 80, protocol: 'TCP' },
          { containerPort: 81, protocol: 'UDP' },
        ],
        ips: ['10.0.0.1', 'fd00::1'],
      },
    ]);
  });

  it('reads status.podIP when there is no podIPs', () => {
    const doc = docOf(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: i}]}\nstatus: {podIP: 10.0.0.9}\n',
    );
    expect(doc.workloads[0]?.ips).toEqual(['10.0.0.9']);
  });

  it.each([
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'StatefulSet'],
    ['apps/v1', 'DaemonSet'],
    ['apps/v1', 'ReplicaSet'],
    ['batch/v1', 'Job'],
  ])('takes a %s %s the labels and ports of its pod template', (apiVersion, kind) => {
    const doc = docOf(`apiVersion: ${apiVersion}
kind: ${kind}
metadata: {name: w, namespace: x, labels: {owner: me}}
spec:
  template:
    metadata: {labels: {app: w}}
    spec: {containers: [{name: c, image: i, ports: [{containerPort: 8080}]}]}
status: {replicas: 3}
`);
    expect(doc.workloads).toEqual([
      {
        namespace: 'x',
        name: 'w',
        kind,
        labels: { app: 'w' },
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
        ips: [],
      },
    ]);
  });

  it("takes a CronJob its job template's pod template", () => {
    const doc = docOf(`apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job: nightly}}
        spec: {restartPolicy: Never, containers: [{name: c, image: i, ports: [{containerPort: 9000}]}]}
`);
    expect(doc.workloads[0]).toMatchObject({
      kind: 'CronJob',
      labels: { job: 'nightly' },
      ports: [{ containerPort: 9000 }],
    });
  });
});

describe('when a cluster dump holds owners and the pods they made', () => {
  const dump = `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: x}
    spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}}
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: web-1
      namespace: x
      ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u1}]
    spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}}
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web-1-a
      namespace: x
      labels: {app: web}
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-1, uid: u2}]
    spec: {containers: [{name: c, image: i}]}
  - apiVersion: v1
    kind: Pod
    metadata:
      name: job-pod
      namespace: x
      ownerReferences: [{apiVersion: batch/v1, kind: Job, name: not-in-the-input, uid: u3}]
    spec: {containers: [{name: c, image: i}]}
`;

  it('keeps the pods and leaves their owners out, with a warning', () => {
    const result = parse(dump);
    expect(result.ok && result.doc.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual([
      'Pod web-1-a',
      'Pod job-pod',
    ]);
    expect(
      result.issues.map(({ line, severity, message }) => ({ line, severity, message })),
    ).toEqual([
      {
        line: 4,
        severity: 'warning',
        message: 'Deployment x/web is left out: its pods are in the input (ReplicaSet x/web-1)',
      },
      {
        line: 8,
        severity: 'warning',
        message: 'ReplicaSet x/web-1 is left out: its pods are in the input (Pod x/web-1-a)',
      },
    ]);
  });
});

describe('when NetworkPolicies are read', () => {
  it('drops server-side fields and the last-applied annotation', () => {
    const doc = docOf(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: x
  uid: 4d1c
  resourceVersion: "12"
  generation: 2
  creationTimestamp: "2024-01-01T00:00:00Z"
  selfLink: /apis/networking.k8s.io/v1/namespaces/x/networkpolicies/p
  managedFields: [{manager: kubectl, operation: Update, fieldsType: FieldsV1, fieldsV1: {f:spec: {}}}]
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"NetworkPolicy"}'
spec: {podSelector: {}}
status: {}
`);
    expect(doc.policies).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p', namespace: 'x' },
        spec: { podSelector: {}, policyTypes: ['Ingress'] },
      },
    ]);
  });

  it('refuses the old API versions, which no longer exist', () => {
    expect(issuesOf(POLICY('p').replace('networking.k8s.io/v1', 'extensions/v1beta1'))).toEqual([
      {
        line: 1,
        path: 'apiVersion',
        severity: 'error',
        message:
          'extensions/v1beta1 NetworkPolicy no longer exists; use apiVersion: networking.k8s.io/v1',
      },
    ]);
  });

  it("skips another product's NetworkPolicy with a warning", () => {
    const result = parse(
      `${POLICY('p')}---\n${POLICY('c').replace('networking.k8s.io/v1', 'projectcalico.org/v3')}`,
    );
    expect(result.ok && result.doc.policies.map((p) => p.metadata.name)).toEqual(['p']);
    expect(result.issues).toMatchObject([
      {
        line: 6,
        severity: 'warning',
        message: 'NetworkPolicy default/c (projectcalico.org/v3) is not read; skipped',
      },
    ]);
  });

  it('places validation errors inside a List at their line, with object-relative paths', () => {
    const text = `apiVersion: v1
kind: List
items:
  - ${POLICY('ok').trimEnd().split('\n').join('\n    ')}
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: bad}
    spec:
      podSelector: {}
      ingress:
        - ports:
            - port: 0
`;
    const issues = parse(text).issues.filter((issue) => issue.severity === 'error');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 15, column: 15, path: 'spec.ingress[0].ports[0].port' });
  });

  it('rejects an unquoted yes where a label value must be a string', () => {
    const issues = issuesOf(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector:\n    matchLabels:\n      enabled: yes\n',
    );
    expect(issues.filter((issue) => issue.severity === 'error')).toMatchObject([{ line: 7 }]);
    expect(
      docOf(POLICY('p').replace('{}}', '{matchLabels: {enabled: "yes"}}}')).policies[0]?.spec
        .podSelector,
    ).toEqual({
      matchLabels: { enabled: 'yes' },
    });
  });

  it('reports a duplicate key in a policy as an error', () => {
    const issues = issuesOf(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  podSelector: {}\n`,
    );
    expect(issues).toContainEqual({
      line: 6,
      path: 'spec.podSelector',
      severity: 'error',
      message: 'duplicate key "podSelector" (first at line 5)',
    });
  });

  it('ignores a duplicate key inside an object it skips', () => {
    const result = parse(
      `${POLICY('p')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: '1', a: '2'}\n`,
    );
    expect(result.ok).toBe(true);
  });
});

describe('when the same object is given twice', () => {
  it('refuses a second NetworkPolicy with the same namespace and name', () => {
    const result = parseFiles([
      { name: 'a.yaml', text: POLICY('p') },
      { name: 'b.yaml', text: `# again\n${POLICY('p')}` },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        file: 'b.yaml',
        line: 4,
        column: 12,
        path: 'metadata.name',
        severity: 'error',
        message: 'NetworkPolicy default/p is defined twice (first at a.yaml:1)',
      },
    ]);
  });

  it('keeps the first of two workloads with the same name, with a warning', () => {
    const pod = (port: number) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: ${port}}]}]}\n`;
    const result = parse(`${pod(80)}---\n${pod(81)}`);
    expect(result.ok && result.doc.workloads.map((w) => w.ports[0]?.containerPort)).toEqual([80]);
    expect(result.issues).toMatchObject([
      {
        line: 6,
        severity: 'warning',
        message: 'workload default/a is already defined (in.yaml:1); this one is skipped',
      },
    ]);
  });
});

describe('when namespaces are collected', () => {
  it('lists Namespace objects first, then the namespaces things live in, in order of appearance', () => {
    const doc = docOf(`${POLICY('p', 'zeta')}---
apiVersion: v1
kind: Pod
metadata: {name: a}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {name: prod}}
---
${POLICY('q', 'prod')}`);
    expect(doc.namespaces).toEqual([
      { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod', name: 'prod' } },
      { name: 'zeta', labels: { 'kubernetes.io/metadata.name': 'zeta' } },
      { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
    ]);
  });
});

describe('when external endpoints are read', () => {
  it('takes the free-text name from the annotation', () => {
    const doc = docOf(`${POLICY('p')}---
apiVersion: netpol-canvas.dev/v1alpha1
kind: ExternalEndpoint
metadata: {name: backup-server, annotations: {netpol-canvas.dev/name: backup server}}
spec: {cidr: 192.168.5.10/32}
---
apiVersion: netpol-canvas.dev/v1alpha1
kind: ExternalEndpoint
metadata: {name: dns}
spec: {cidr: 8.8.8.8}
`);
    expect(doc.externals).toEqual([
      { name: 'backup server', cidr: '192.168.5.10/32' },
      { name: 'dns', cidr: '8.8.8.8' },
    ]);
  });

  it('refuses a CIDR that does not parse', () => {
    const issues = issuesOf(
      'apiVersion: netpol-canvas.dev/v1alpha1\nkind: ExternalEndpoint\nmetadata: {name: x}\nspec: {cidr: 300.1.1.1/8}\n',
    );
    expect(issues).toEqual([
      {
        line: 4,
        path: 'spec.cidr',
        severity: 'error',
        message: '"300.1.1.1/8" is not an IP or a CIDR',
      },
    ]);
  });
});

describe('when a file holds nothing usable', () => {
  it('reports kinds it does not read and fails the file', () => {
    expect(
      issuesOf('apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: x}\n'),
    ).toEqual([
      {
        line: 0,
        path: '',
        severity: 'error',
        message: 'nothing usable: no NetworkPolicy, Namespace, Pod or workload in the file',
      },
      {
        line: 1,
        path: '',
        severity: 'warning',
        message: 'Service x/web (v1) is not read; skipped',
      },
    ]);
  });

  it('fails an empty file', () => {
    expect(issuesOf('# nothing here\n---\n')).toEqual([
      { line: 0, path: '', severity: 'error', message: 'the file holds no Kubernetes object' },
    ]);
  });

  it('refuses a document that is not an object, or has no kind', () => {
    expect(
      issuesOf(`${POLICY('p')}---\njust text\n---\n[1, 2]\n---\nmetadata: {name: x}\n`),
    ).toEqual([
      {
        line: 6,
        path: '',
        severity: 'error',
        message:
          'expected a Kubernetes object (apiVersion, kind, metadata), found the string "just text"',
      },
      {
        line: 8,
        path: '',
        severity: 'error',
        message: 'expected a Kubernetes object (apiVersion, kind, metadata), found a list',
      },
      { line: 10, path: 'kind', severity: 'error', message: 'kind is required' },
    ]);
  });
});

describe('when several files are read', () => {
  it('reports the issues of every file, in file order, and gives no document', () => {
    const result = parseFiles([
      { name: 'bad.yaml', text: 'kind: [\n' },
      { name: 'good.yaml', text: POLICY('p') },
      {
        name: 'worse.yaml',
        text: POLICY('q').replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1'),
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => `${issue.file}:${issue.line} ${issue.severity}`)).toEqual([
      'bad.yaml:2 error',
      'worse.yaml:1 error',
    ]);
  });

  it('builds one document from all of them', () => {
    const result = parseFiles([
      { name: 'a.yaml', text: POLICY('p', 'x') },
      { name: 'b.yaml', text: POLICY('q', 'w') },
    ]);
    expect(
      result.ok &&
        result.doc.policies.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`),
    ).toEqual(['x/p', 'w/q']);
  });
});
