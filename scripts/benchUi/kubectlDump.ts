/**
 * A live cluster dump as `kubectl get ns,netpol,pods -A -o yaml` prints it,
 * made from a generated cluster: one `List` with every Namespace, every
 * NetworkPolicy, and each workload as 1 to 4 replica Pods of a Deployment
 * (ReplicaSet owner, `pod-template-hash`), each with the managedFields,
 * environment, volumes and status a real Pod carries (about 6 kB of YAML).
 */
import { dump } from 'js-yaml';
import type { Doc, Workload } from '../../src/model/index';

function hashOf(i: number): string {
  return ((i * 2654435761) >>> 0).toString(36).padStart(7, 'x').slice(0, 10);
}

function podOf(w: Workload, replica: number, i: number): unknown {
  const hash = hashOf(i);
  const owner = `${w.name}-${hash}`;
  const name = `${owner}-${hashOf(i * 31 + replica).slice(0, 5)}`;
  const ports = w.ports.map((p) => ({
    containerPort: p.containerPort,
    protocol: p.protocol,
    ...(p.name === undefined ? {} : { name: p.name }),
  }));
  const env = Array.from({ length: 16 }, (_, k) => ({
    name: `SETTING_${String(k)}`,
    value: `value-${String(k)}-${w.name}`,
  }));
  const time = '2026-11-30T09:12:44Z';
  const container = {
    name: w.name.replace(/-\d+$/, ''),
    image: `registry.example.com/${w.namespace}/${w.name}:1.${String(i % 9)}.2`,
    imagePullPolicy: 'IfNotPresent',
    ports,
    env,
    resources: {
      limits: { cpu: '500m', memory: '256Mi' },
      requests: { cpu: '100m', memory: '128Mi' },
    },
    volumeMounts: [
      {
        mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
        name: 'kube-api-access',
        readOnly: true,
      },
      { mountPath: '/etc/config', name: 'config' },
    ],
    readinessProbe: {
      httpGet: { path: '/healthz', port: ports[0]?.containerPort ?? 8080, scheme: 'HTTP' },
      periodSeconds: 10,
    },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
  const fieldsV1 = {
    'f:metadata': {
      'f:generateName': {},
      'f:labels': Object.fromEntries(Object.keys(w.labels).map((k) => [`f:${k}`, {}])),
    },
    'f:spec': {
      'f:containers': {
        [`k:{"name":"${container.name}"}`]: {
          '.': {},
          'f:env': {},
          'f:image': {},
          'f:ports': {},
          'f:resources': {},
        },
      },
      'f:dnsPolicy': {},
      'f:restartPolicy': {},
    },
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: time,
      generateName: `${owner}-`,
      labels: { ...w.labels, 'pod-template-hash': hash },
      managedFields: [
        {
          apiVersion: 'v1',
          fieldsType: 'FieldsV1',
          fieldsV1,
          manager: 'kube-controller-manager',
          operation: 'Update',
          time,
        },
        {
          apiVersion: 'v1',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:status': { 'f:conditions': {}, 'f:podIP': {}, 'f:podIPs': {} } },
          manager: 'kubelet',
          operation: 'Update',
          subresource: 'status',
          time,
        },
      ],
      name,
      namespace: w.namespace,
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'ReplicaSet',
          name: owner,
          uid: `uid-${owner}`,
        },
      ],
      resourceVersion: String(80000 + i),
      uid: `uid-${name}`,
    },
    spec: {
      containers: [container],
      dnsPolicy: 'ClusterFirst',
      nodeName: `worker-${String(i % 12)}`,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      tolerations: [
        {
          effect: 'NoExecute',
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          tolerationSeconds: 300,
        },
        {
          effect: 'NoExecute',
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          tolerationSeconds: 300,
        },
      ],
      volumes: [
        { name: 'config', configMap: { name: `${w.name}-config`, defaultMode: 420 } },
        {
          name: 'kube-api-access',
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              {
                configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] },
              },
            ],
          },
        },
      ],
    },
    status: {
      conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
        lastProbeTime: null,
        lastTransitionTime: time,
        status: 'True',
        type,
      })),
      containerStatuses: [
        {
          containerID: `containerd://${hash}${name}`,
          image: container.image,
          imageID: `sha256:${hash}`,
          lastState: {},
          name: container.name,
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: time } },
        },
      ],
      hostIP: `172.18.0.${String((i % 12) + 2)}`,
      phase: 'Running',
      podIP: w.ips[0],
      podIPs: w.ips.map((ip) => ({ ip })),
      qosClass: 'Burstable',
      startTime: time,
    },
  };
}

/** The dump of `doc`: workload i runs (i % 4) + 1 replicas. Returns the YAML and the pod count. */
export function kubectlDump(doc: Doc): { yaml: string; pods: number } {
  const items: unknown[] = [
    ...doc.namespaces.map((ns) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns.name, labels: ns.labels },
      status: { phase: 'Active' },
    })),
    ...doc.policies,
  ];
  doc.workloads.forEach((w, i) => {
    for (let r = 0; r < (i % 4) + 1; r++) items.push(podOf(w, r, i));
  });
  const pods = items.length - doc.namespaces.length - doc.policies.length;
  const text = dump(
    { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items },
    { noRefs: true, lineWidth: -1 },
  );
  return { yaml: text, pods };
}
