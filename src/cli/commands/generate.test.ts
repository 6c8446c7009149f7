import { describe, expect, it } from 'vitest';
import { APP, cli, FIXTURES } from '../testCli';

const HUBBLE = `${FIXTURES}/three-tier-flows.json`;
const CSV = `${FIXTURES}/three-tier-flows.csv`;
/** The workloads the Hubble log saw, each with its policy, in the order of the design. */
const SEEN = ['prod/web', 'prod/api', 'prod/db', 'monitoring/prometheus'];

function policyNames(yaml: string): string[] {
  return [...yaml.matchAll(/^ {2}name: (.+)\n {2}namespace: (.+)$/gm)].map(
    (m) => `${m[2]}/${m[1]}`,
  );
}

describe.concurrent('generate', () => {
  it('writes one policy per workload seen, which validate accepts, and says what it read', async () => {
    const run = await cli(['generate', APP, '--flows', HUBBLE]);
    expect(run.code).toBe(0);
    expect(policyNames(run.stdout)).toEqual(SEEN);
    expect(run.stdout).toContain('cidr: 203.0.113.9/32');
    expect(run.stderr.split('\n')).toEqual([
      'netpol-canvas generate: read 10 flows: 5 connections; folded 2 replies and 1 repeated report; ' +
        'left out 1 dropped flow, 1 ICMP flow (a NetworkPolicy cannot name ICMP), 1 Hubble event that is not a flow',
      'netpol-canvas generate: 4 NetworkPolicies proposed; added from the flows: namespace monitoring, ' +
        'workload monitoring/prometheus, address 203.0.113.9/32',
      "netpol-canvas generate: the design's 4 NetworkPolicies left out: the proposal is meant to replace them " +
        '(where they stay, they allow what they allow)',
      'netpol-canvas generate: allowed beyond what was observed:',
      '  - DNS keeps working: every workload the proposal isolates for egress may look names up at kube-dns ' +
        '(kube-system, k8s-app=kube-dns) on UDP and TCP 53, observed or not (the design has no such pod)',
      '  - no connection of dev/api and test/api was observed: no policy restricts them ' +
        '(a default deny per namespace would isolate every pod of prod, dev, test and monitoring)',
      '',
    ]);
    const validate = await cli(['validate', '-'], run.stdout);
    expect(validate.code).toBe(0);
  });

  it('allows what was observed and blocks the rest, as explain sees it', async () => {
    const design = await cli(['export', '--all', APP]);
    const model = design.stdout
      .split(/^---$/m)
      .filter((doc) => !doc.includes('kind: NetworkPolicy'))
      .join('---');
    const proposal = await cli(['generate', APP, '--flows', HUBBLE]);
    const both = `${model}---\n${proposal.stdout}`;
    const explain = (from: string, to: string, port: string) =>
      cli(['explain', '-', '--from', from, '--to', to, '--port', port], both);
    expect((await explain('prod/web', 'prod/api', '5000')).stdout).toMatch(/: ALLOWED\n/);
    expect((await explain('prod/web', 'prod/db', '3306')).stdout).toMatch(/: BLOCKED/);
    expect((await explain('prod/api', 'prod/db', '3306')).stdout).toMatch(/: ALLOWED\n/);
    expect((await explain('prod/db', 'prod/api', '5000')).stdout).toMatch(/: BLOCKED/);
  });

  it('reads a CSV and several flow logs together, with a default deny per namespace', async () => {
    const run = await cli(['generate', APP, '--flows', CSV, '--flows', HUBBLE, '--default-deny']);
    expect(run.code).toBe(0);
    expect(policyNames(run.stdout)).toEqual([
      'prod/default-deny',
      'dev/default-deny',
      'test/default-deny',
      'monitoring/default-deny',
      ...SEEN,
    ]);
    expect(run.stderr).toMatch(
      /^netpol-canvas generate: read 13 flows: 5 connections; folded 2 replies and 4 repeated reports;/,
    );
  });

  it('groups addresses outside the cluster into blocks with --cidr-prefix, and says so', async () => {
    const run = await cli(['generate', APP, '--flows', HUBBLE, '--cidr-prefix', '24']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cidr: 203.0.113.0/24');
    expect(run.stderr).toContain(
      '  - 203.0.113.0/24 stands for 203.0.113.9: every address in it is allowed the same\n',
    );
  });

  it('needs no design with Hubble flows: the pods come from their labels', async () => {
    const run = await cli(['generate', '--flows', '-'], await readText(HUBBLE));
    expect(run.code).toBe(0);
    expect(policyNames(run.stdout)).toEqual(SEEN);
  });

  it('fails with the file and line of a pod the design lacks, or of a line that is no flow', async () => {
    const missing = await cli(['generate', '--flows', CSV]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe(
      `${CSV}:2:1: pod prod/web-6d4cf-x7k2p is not in the design, and a CSV has no labels to make it from: ` +
        "pass the cluster's pods too (kubectl get pods -A -o yaml)",
    );
    const broken = await cli(['generate', APP, '--flows', '-'], '{"flow": {"source": {}}\n');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^-:1:1: not a Hubble flow: not JSON/);
    expect(broken.stderr).toContain('netpol-canvas generate: invalid flows (1 error, 0 warnings)');
    const empty = await cli(
      ['generate', APP, '--flows', '-'],
      'src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol\n',
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('no connection in the flows: nothing to propose');
  });

  it('is a usage error without --flows, with a bad --cidr-prefix, or stdin read twice', async () => {
    const none = await cli(['generate', APP]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no flow log (give --flows FLOWS');
    const prefix = await cli(['generate', APP, '--flows', HUBBLE, '--cidr-prefix', '33']);
    expect(prefix.code).toBe(2);
    expect(prefix.stderr).toContain("--cidr-prefix must be a prefix length from 0 to 32, not '33'");
    const twice = await cli(['generate', '-', '--flows', '-'], '');
    expect(twice.code).toBe(2);
    const help = await cli(['generate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--flows FLOWS');
  });
});

async function readText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
