import { describe, expect, it } from 'vitest';
import { APP, cli, E2E } from '../testCli';

describe.concurrent('explain', () => {
  it('explains an allowed connection: both checks, the rule that allowed it, the replies', async () => {
    const run = await cli([
      'explain',
      APP,
      '--from',
      'prod/api',
      '--to',
      'prod/db',
      '--port',
      '3306',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'prod/api → prod/db on TCP port 3306: ALLOWED',
      '  Egress at the source prod/api:',
      '    prod/api is isolated for egress by policies prod/default-deny-all and prod/api-policy.',
      "    Allowed by spec.egress[0] of prod/api-policy: to pods with role=db in namespace prod (the policy's own), on TCP 3306.",
      '  Ingress at the destination prod/db:',
      '    prod/db is isolated for ingress by policies prod/default-deny-all and prod/db-policy.',
      '    Allowed by spec.ingress[0] of prod/db-policy: from pods with name=api-pod in namespaces with name=prod (from[1]), on TCP 3306.',
      '  Replies from prod/db back to prod/api on this connection are allowed automatically; no rule is written for them.',
      '',
    ]);
  });

  it('explains a blocked connection, with bare pod names that are unique', async () => {
    const run = await cli(['explain', APP, '--from', 'web', '--to', 'db', '--port', '3306']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'prod/web → prod/db on TCP port 3306: BLOCKED by the egress check at prod/web and the ingress check at prod/db',
    );
    expect(run.stdout).toContain(
      'None of them has an ingress rule that allows traffic from prod/web on TCP port 3306, so the connection is blocked here.',
    );
    expect(run.stdout).toContain(
      'The connection is never set up, so there are no replies to allow.',
    );
  });

  it('explains traffic from an address outside the cluster, by IP or by endpoint name', async () => {
    const [byIp, byName] = await Promise.all([
      cli(['explain', APP, '--from', '192.168.5.10', '--to', 'prod/db', '--port', '3306']),
      cli([
        'explain',
        APP,
        '--from',
        'prod/db',
        '--to',
        'backup-server',
        '--port',
        '80',
        '--protocol',
        'TCP',
      ]),
    ]);
    expect(byIp.stdout).toContain(
      'backup-server (192.168.5.10/32) → prod/db on TCP port 3306: ALLOWED',
    );
    expect(byIp.stdout).toContain(
      'is outside the cluster: no NetworkPolicy governs the traffic it sends.',
    );
    expect(byIp.stdout).toContain(
      'Allowed by spec.ingress[0] of prod/db-policy: from IP block 192.168.5.10/32 (from[0]), on TCP 3306.',
    );
    expect(byName.stdout).toContain(
      'Allowed by spec.egress[0] of prod/db-policy: to IP block 192.168.5.10/32, on TCP 80.',
    );
  });

  it('prints the verdict object with --json', async () => {
    const run = await cli([
      'explain',
      APP,
      '--from',
      'dev/api',
      '--to',
      'prod/db',
      '--port',
      '3306',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const verdict = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(verdict).toEqual({
      traffic: {
        from: { kind: 'pod', key: 'dev/api' },
        to: { kind: 'pod', key: 'prod/db' },
        port: 3306,
        protocol: 'TCP',
      },
      allowed: false,
      egress: { applies: true, isolated: false, isolatingPolicies: [], allowed: true, hits: [] },
      ingress: {
        applies: true,
        isolated: true,
        isolatingPolicies: [
          { namespace: 'prod', name: 'default-deny-all' },
          { namespace: 'prod', name: 'db-policy' },
        ],
        allowed: false,
        hits: [],
      },
    });
  });

  it('names each allowing rule in --json as {policy, direction, ruleIndex, peerIndex, portIndex}', async () => {
    const run = await cli([
      'explain',
      APP,
      '--from',
      'prod/api',
      '--to',
      'prod/db',
      '--port',
      '3306',
      '--json',
    ]);
    const verdict = JSON.parse(run.stdout) as { egress: { hits: unknown[] }; ingress: object };
    expect(verdict.egress.hits).toEqual([
      {
        policy: { namespace: 'prod', name: 'api-policy' },
        direction: 'egress',
        ruleIndex: 0,
        peerIndex: 0,
        portIndex: 0,
      },
    ]);
    expect(Object.keys(verdict.ingress)).toEqual([
      'applies',
      'isolated',
      'isolatingPolicies',
      'allowed',
      'hits',
    ]);
  });

  it('refuses an unknown or ambiguous pod with close names, exit 1', async () => {
    const run = await cli(['explain', APP, '--from', 'prod/dbb', '--to', 'api', '--port', '80']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("--from: unknown pod 'prod/dbb' (did you mean prod/db");
    expect(run.stderr).toContain(
      "--to: 'api' is ambiguous: prod/api, dev/api, test/api (write namespace/name)",
    );
  });

  it("takes a port name from the destination's container ports, name and protocol both", async () => {
    const [udp, tcp] = await Promise.all([
      cli([
        'explain',
        E2E,
        '--from',
        'x/a',
        '--to',
        'z/c',
        '--port',
        'serve-81-udp',
        '--protocol',
        'UDP',
      ]),
      cli(['explain', E2E, '--from', 'x/a', '--to', 'z/c', '--port', 'serve-81-udp']),
    ]);
    expect(udp.code).toBe(0);
    expect(udp.stdout).toContain('x/a → z/c on UDP port 81: ALLOWED');
    expect(udp.stdout).toContain(
      'Allowed by spec.ingress[0] of z/named-ports: from every pod in every namespace, on UDP port named serve-81-udp, which is 81 on z/c (ports[1]).',
    );
    expect(tcp.code).toBe(1);
    expect(tcp.stderr).toMatch(
      /^netpol-canvas explain: z\/c has no TCP container port named 'serve-81-udp' \(its named ports: TCP 80 \(serve-80-tcp\)/,
    );
  });
});

const SHOP = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: curl}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: 80}]}]
`;

describe.concurrent('explain --to a Service', () => {
  it("explains each of its pods on the port they receive, the Service's targetPort", async () => {
    const run = await cli(
      ['explain', '-', '--from', 'shop/client', '--to', 'svc/shop/web', '--port', '80'],
      SHOP,
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      "Service shop/web, TCP port 80: the connection reaches a pod on its own port (the port named http), after the Service's translation; that port is what the policies check.",
    );
    expect(lines[1]).toBe('shop/web receives it on TCP 8080:');
    // the rule allows the Service's port 80, not the pods' 8080: blocked
    expect(lines[2]).toMatch(/^ {2}shop\/client → shop\/web on TCP port 8080: BLOCKED/);
  });

  it('takes the Service port by name and a Service name unique across namespaces; --json', async () => {
    const run = await cli(
      ['explain', '-', '--from', 'client', '--to', 'svc/web', '--port', 'http', '--json'],
      SHOP,
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      service: string;
      port: number;
      targets: { pod: string; targetPort: number; verdict: { allowed: boolean } }[];
    };
    expect(out).toMatchObject({ service: 'shop/web', port: 80, protocol: 'TCP' });
    expect(out.targets).toHaveLength(1);
    expect(out.targets[0]).toMatchObject({ pod: 'shop/web', targetPort: 8080 });
    expect(out.targets[0]?.verdict.allowed).toBe(false);
  });

  it.each([
    [
      ['--from', 'shop/client', '--to', 'svc/shop/wbe', '--port', '80'],
      "unknown Service 'shop/wbe' (did you mean svc/shop/web?)",
    ],
    [
      ['--from', 'shop/client', '--to', 'svc/shop/web', '--port', '81'],
      'Service shop/web has no TCP port 81 (its ports: TCP 80 (http))',
    ],
    [
      ['--from', 'svc/shop/web', '--to', 'shop/web', '--port', '80'],
      'a Service only receives connections',
    ],
  ])('says what is wrong with %j, exit 1', async (flags, message) => {
    const run = await cli(['explain', '-', ...flags], SHOP);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
