import { describe, expect, it } from 'vitest';
import type { PathIssue } from '../text/pathIssue';
import { validateNetworkPolicyPort } from './networkPolicyPort';
import { validatePortProtocol } from './portProtocol';
import { validateServiceObject } from './service';
import { validateWorkloadObject } from './workload';

function messages(raw: unknown, emptyMeansTcp: boolean): string[] {
  const issues: PathIssue[] = [];
  validatePortProtocol(raw, 'ports[0].protocol', issues, { emptyMeansTcp });
  return issues.map((i) => i.message);
}

describe('a port protocol', () => {
  it('is TCP, UDP or SCTP, or left out', () => {
    for (const protocol of ['TCP', 'UDP', 'SCTP', undefined]) {
      expect(messages(protocol, false)).toEqual([]);
    }
  });

  it('is case-sensitive, and the message says which one was meant', () => {
    expect(messages('udp', true)).toEqual([
      'Unsupported value: "udp": supported values: "TCP", "UDP", "SCTP" (protocols are case-sensitive: did you mean "UDP"?)',
    ]);
  });

  it('refuses ICMP, which no port has', () => {
    expect(messages('ICMP', true)).toEqual([
      'Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"',
    ]);
  });

  it('may be empty on a container or Service port (it defaults to TCP), not on a policy port', () => {
    expect(messages('', true)).toEqual([]);
    expect(messages('', false)).toHaveLength(1);
  });

  it('is checked the same way on a container port, a Service port and a policy port', () => {
    const container = validateWorkloadObject({
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'c', ports: [{ containerPort: 80, protocol: 'tcp' }] }] },
    });
    const service = validateServiceObject({
      metadata: { name: 'web' },
      spec: { ports: [{ port: 80, protocol: 'tcp' }] },
    });
    const policyIssues: PathIssue[] = [];
    validateNetworkPolicyPort(
      { port: 80, protocol: 'tcp' },
      'spec.ingress[0].ports[0]',
      true,
      policyIssues,
    );
    const hint = 'did you mean "TCP"?';
    expect(container.map((i) => i.message).join()).toContain(hint);
    expect(service.map((i) => i.message).join()).toContain(hint);
    expect(policyIssues.map((i) => i.message).join()).toContain(hint);
  });
});
