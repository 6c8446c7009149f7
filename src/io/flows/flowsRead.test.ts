import { describe, expect, it } from 'vitest';
import { flowsRead, isFlowLog } from './flowsRead';

function hubble(flow: Record<string, unknown>, wrapped = true): string {
  return JSON.stringify(wrapped ? { flow, node_name: 'node-1' } : flow);
}

const WEB = {
  namespace: 'shop',
  pod_name: 'web-7c9d5-abcde',
  labels: [
    'k8s:app=web',
    'k8s:io.kubernetes.pod.namespace=shop',
    'k8s:io.cilium.k8s.policy.cluster=default',
  ],
  workloads: [{ name: 'web', kind: 'Deployment' }],
};
const DB = { namespace: 'shop', pod_name: 'db-0', labels: ['k8s:app=db'] };

function tcp(extra: Record<string, unknown> = {}) {
  return {
    verdict: 'FORWARDED',
    IP: { source: '10.0.1.5', destination: '10.0.2.9' },
    l4: { TCP: { source_port: 43512, destination_port: 5432 } },
    source: WEB,
    destination: DB,
    is_reply: false,
    traffic_direction: 'EGRESS',
    ...extra,
  };
}

describe('reading Hubble flows', () => {
  it('reads the wrapper and a bare flow, with the pod labels Kubernetes set', () => {
    const text = [hubble(tcp()), hubble(tcp({ l4: { UDP: { destination_port: 53 } } }), false)];
    const read = flowsRead([{ name: 'flows.json', text: text.join('\n') }]);
    expect(read.issues).toEqual([]);
    expect(read.connections).toHaveLength(2);
    expect(read.connections[0]).toEqual({
      from: {
        kind: 'pod',
        namespace: 'shop',
        pod: 'web-7c9d5-abcde',
        labels: { app: 'web' },
        workload: { kind: 'Deployment', name: 'web' },
        ip: '10.0.1.5',
      },
      to: { kind: 'pod', namespace: 'shop', pod: 'db-0', labels: { app: 'db' }, ip: '10.0.2.9' },
      port: 5432,
      protocol: 'TCP',
      file: 'flows.json',
      line: 1,
    });
    expect(read.connections[1]?.protocol).toBe('UDP');
  });

  it('folds the egress and ingress reports of one connection, and its replies', () => {
    const reply = tcp({
      source: DB,
      destination: WEB,
      IP: { source: '10.0.2.9', destination: '10.0.1.5' },
      l4: { TCP: { source_port: 5432, destination_port: 43512 } },
      is_reply: true,
    });
    const lines = [hubble(tcp()), hubble(tcp({ traffic_direction: 'INGRESS' })), hubble(reply)];
    const read = flowsRead([{ name: 'f.json', text: lines.join('\n') }]);
    expect(read.connections).toHaveLength(1);
    expect(read.counts).toMatchObject({ flows: 3, replies: 1, duplicates: 1 });
  });

  it('tells a reply without is_reply by its way back to the opener port', () => {
    const { is_reply: _request, ...request } = tcp();
    const { is_reply: _answer, ...answer } = tcp({
      source: DB,
      destination: WEB,
      IP: { source: '10.0.2.9', destination: '10.0.1.5' },
      l4: { TCP: { source_port: 5432, destination_port: 43512 } },
    });
    const read = flowsRead([
      { name: 'f.json', text: [hubble(answer), hubble(request)].join('\n') },
    ]);
    expect(read.connections.map((c) => c.port)).toEqual([5432]);
    expect(read.counts.replies).toBe(1);
  });

  it('counts dropped flows, ICMP and other events, and leaves them out', () => {
    const lines = [
      hubble(tcp({ verdict: 'DROPPED' })),
      hubble(tcp({ verdict: 2 })),
      hubble(tcp({ l4: { ICMPv4: { type: 8 } } })),
      JSON.stringify({ node_status: { state: 'NODE_CONNECTED' } }),
    ];
    const read = flowsRead([{ name: 'f.json', text: lines.join('\n') }]);
    expect(read.connections).toEqual([]);
    expect(read.counts).toMatchObject({ flows: 3, dropped: 2, icmp: 1, events: 1 });
  });

  it('makes an end without a pod an address, reserved:world and all', () => {
    const world = { labels: ['reserved:world'] };
    const read = flowsRead([
      {
        name: 'f.json',
        text: hubble(
          tcp({
            destination: world,
            IP: { source: '10.0.1.5', destination: '203.0.113.9' },
            l4: { TCP: { destination_port: 443 } },
          }),
        ),
      },
    ]);
    expect(read.connections[0]?.to).toEqual({ kind: 'ip', ip: '203.0.113.9' });
  });

  it('says which line is not a flow, and why', () => {
    const text = [hubble(tcp()), '{"flow": {"source": {}, "l4": {}}', 'not json'].join('\n');
    const read = flowsRead([{ name: 'f.json', text }]);
    expect(read.issues.map((i) => [i.file, i.line, i.severity, i.message.split(' (')[0]])).toEqual([
      ['f.json', 2, 'error', 'not a Hubble flow: not JSON'],
      ['f.json', 3, 'error', 'not a Hubble flow: not JSON'],
    ]);
    const noPort = flowsRead([{ name: 'g.json', text: hubble(tcp({ l4: {} })) }]);
    expect(noPort.issues[0]?.message).toBe('not a Hubble flow: no l4 TCP, UDP or SCTP port');
  });
});

describe('reading a CSV of connections', () => {
  it('reads rows with and without a header, pods and addresses', () => {
    const text = [
      'src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol',
      'shop,web-1,shop,db-0,5432,TCP',
      '# a comment',
      'shop,db-0,,203.0.113.9,443,',
      'shop,web-1,shop,db-0,5432,tcp',
    ].join('\n');
    const read = flowsRead([{ name: 'c.csv', text }]);
    expect(read.issues).toEqual([]);
    expect(read.connections.map((c) => [c.from, c.to, c.port, c.protocol, c.line])).toEqual([
      [
        { kind: 'pod', namespace: 'shop', pod: 'web-1' },
        { kind: 'pod', namespace: 'shop', pod: 'db-0' },
        5432,
        'TCP',
        2,
      ],
      [
        { kind: 'pod', namespace: 'shop', pod: 'db-0' },
        { kind: 'ip', ip: '203.0.113.9' },
        443,
        'TCP',
        4,
      ],
    ]);
    expect(read.counts.duplicates).toBe(1);
    const headless = flowsRead([{ name: 'd.csv', text: ',web,,10.0.0.1,53,UDP\n' }]);
    expect(headless.connections[0]?.from).toEqual({
      kind: 'pod',
      namespace: 'default',
      pod: 'web',
    });
  });

  it('counts ICMP and reports bad rows with their line', () => {
    const text = ['a,b,a,c,0,TCP', 'a,b,a,c,80,ICMP', 'a,b,a,c,80', 'a,b,a,c,80,GRE'].join('\n');
    const read = flowsRead([{ name: 'c.csv', text }]);
    expect(read.counts.icmp).toBe(1);
    expect(read.issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '1: not a CSV connection: port 0: not a number from 1 to 65535',
      '3: not a CSV connection: 5 columns where 6 are expected (src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol)',
      '4: not a CSV connection: protocol GRE: not TCP, UDP or SCTP',
    ]);
  });
});

describe('telling a flow log from manifests', () => {
  it('takes a CSV and Hubble JSON lines, not a JSON or YAML manifest', () => {
    expect(isFlowLog({ name: 'c.csv', text: 'a,b' })).toBe(true);
    expect(isFlowLog({ name: 'f.json', text: hubble(tcp()) })).toBe(true);
    expect(isFlowLog({ name: 'f.json', text: hubble(tcp(), false) })).toBe(true);
    expect(isFlowLog({ name: 'p.json', text: '{\n "kind": "NetworkPolicy"\n}' })).toBe(false);
    expect(isFlowLog({ name: 'p.json', text: '{"kind": "List", "items": []}' })).toBe(false);
    expect(isFlowLog({ name: 'p.yaml', text: 'kind: Pod' })).toBe(false);
  });
});
