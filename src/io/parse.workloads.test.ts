import { describe, expect, it } from 'vitest';
import { docOf, parse } from './__fixtures__/parseText';

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

  it('takes the ports of sidecars (restartPolicy: Always), not of init containers that finish', () => {
    const doc = docOf(`apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x}
spec:
  initContainers:
    - {name: setup, image: i, ports: [{containerPort: 9999}]}
    - {name: proxy, image: i, restartPolicy: Always, ports: [{name: envoy, containerPort: 15001}]}
  containers:
    - {name: app, image: i, ports: [{containerPort: 80}]}
`);
    expect(doc.workloads[0]?.ports).toEqual([
      { name: 'envoy', containerPort: 15001, protocol: 'TCP' },
      { containerPort: 80, protocol: 'TCP' },
    ]);
  });

  it('keeps a label without a value as the empty string', () => {
    const doc = docOf(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {app: , tier: web}}\nspec: {containers: [{name: c, image: i}]}\n',
    );
    expect(doc.workloads[0]?.labels).toEqual({ app: '', tier: 'web' });
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
