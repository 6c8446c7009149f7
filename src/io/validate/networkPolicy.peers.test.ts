/**
 * ../shared/k8s-validation.md sections 4 to 7: peers, ipBlocks, policyTypes, and the
 * things that are valid although engines often get them wrong.
 */
import { describe, expect, it } from 'vitest';
import { validateNetworkPolicy } from './networkPolicy';
import {
  errorsOf,
  expectErrors,
  linesOf,
  policyWith,
  type Case,
  type Raw,
} from './networkPolicy.testkit';

const ipBlock16 = { cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] };
const cd = { matchLabels: { c: 'd' } };

function warningsOf(raw: unknown): string[] {
  return linesOf(validateNetworkPolicy(raw), 'warning');
}

function fromBlock(ipBlock: unknown): Raw {
  return { ingress: [{ from: [{ ipBlock }] }] };
}

describe('4. peers', () => {
  it.each<Case>([
    [
      'namespaceSelector with ipBlock (upstream "namespaceSelector and ipBlock")',
      policyWith({ ingress: [{ from: [{ namespaceSelector: cd, ipBlock: ipBlock16 }] }] }),
      ['spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer'],
    ],
    [
      'podSelector with ipBlock (upstream "podSelector and ipBlock")',
      policyWith({ egress: [{ to: [{ podSelector: cd, ipBlock: ipBlock16 }] }] }),
      ['spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer'],
    ],
    [
      'empty peers (upstream "missing from and to type")',
      policyWith({ ingress: [{ from: [{}] }], egress: [{ to: [{}] }] }),
      [
        'spec.ingress[0].from[0]: Required value: must specify a peer',
        'spec.egress[0].to[0]: Required value: must specify a peer',
      ],
    ],
    [
      'a null peer, which decodes to {}',
      policyWith({ ingress: [{ from: [null] }] }),
      ['spec.ingress[0].from[0]: Required value: must specify a peer'],
    ],
    [
      'a peer whose selectors are all null',
      policyWith({ ingress: [{ from: [{ podSelector: null, ipBlock: null }] }] }),
      ['spec.ingress[0].from[0]: Required value: must specify a peer'],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it('explains that an empty peer is not "everyone"', () => {
    expect(errorsOf(policyWith({ ingress: [{ from: [{}] }] }))[0]).toContain(
      'leave out "from" or write from: []',
    );
  });

  it('accepts podSelector with namespaceSelector in one peer (AND)', () => {
    const spec = {
      ingress: [{ from: [{ podSelector: { matchLabels: { e: 'f' } }, namespaceSelector: cd }] }],
    };
    expect(validateNetworkPolicy(policyWith(spec))).toEqual([]);
  });
});

describe('5. ipBlock', () => {
  const at = 'spec.ingress[0].from[0].ipBlock';
  it.each<Case>([
    [
      'an empty cidr (upstream "missing cidr field")',
      policyWith(fromBlock({ cidr: '' })),
      [`${at}.cidr: Required value`],
    ],
    ['no cidr', policyWith(fromBlock({ except: ['10.0.0.0/8'] })), [`${at}.cidr: Required value`]],
    [
      'an address without a prefix length (upstream "invalid cidr format")',
      policyWith(fromBlock({ cidr: '192.168.5.6' })),
      [
        `${at}.cidr: Invalid value: "192.168.5.6": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
      ],
    ],
    [
      'an IPv6 address without a prefix length (upstream "invalid ipv6 cidr format")',
      policyWith(fromBlock({ cidr: 'fd00:192:168::' })),
      [`${at}.cidr: Invalid value: "fd00:192:168::": must be a valid CIDR value`],
    ],
    [
      'an empty except (upstream "except field is an empty string")',
      policyWith(fromBlock({ cidr: '192.168.0.0/16', except: [''] })),
      [`${at}.except[0]: Invalid value: "": must be a valid CIDR value`],
    ],
    [
      'a blank except (upstream "except field is an space string")',
      policyWith(fromBlock({ cidr: '192.168.0.0/16', except: [' '] })),
      [`${at}.except[0]: Invalid value: " ": must be a valid CIDR value`],
    ],
    [
      'an except that is no IP (upstream "except field is an invalid ip")',
      policyWith(fromBlock({ cidr: '192.168.0.0/16', except: ['300.300.300.300'] })),
      [`${at}.except[0]: Invalid value: "300.300.300.300": must be a valid CIDR value`],
    ],
    [
      'an except outside the cidr (upstream "except IP is outside of CIDR range")',
      policyWith(fromBlock({ cidr: '192.168.8.0/24', except: ['192.168.9.1/32'] })),
      [`${at}.except[0]: Invalid value: "192.168.9.1/32": must be a strict subset of \`cidr\``],
    ],
    [
      'an except equal to the cidr (upstream "except IP is not strictly within CIDR range")',
      policyWith(fromBlock({ cidr: '192.168.0.0/24', except: ['192.168.0.0/24'] })),
      [`${at}.except[0]: Invalid value: "192.168.0.0/24": must be a strict subset of \`cidr\``],
    ],
    [
      'an IPv6 except outside the cidr (upstream "except IPv6 is outside of CIDR range")',
      policyWith(fromBlock({ cidr: 'fd00:192:168:1::/64', except: ['fd00:192:168:2::/64'] })),
      [
        `${at}.except[0]: Invalid value: "fd00:192:168:2::/64": must be a strict subset of \`cidr\``,
      ],
    ],
    [
      'an except of the other family',
      policyWith(fromBlock({ cidr: '10.0.0.0/8', except: ['fd00::/64'] })),
      [`${at}.except[0]: Invalid value: "fd00::/64": must be a strict subset of \`cidr\``],
    ],
    [
      'an except wider than the cidr',
      policyWith(fromBlock({ cidr: '10.0.0.0/16', except: ['10.0.0.0/8'] })),
      [`${at}.except[0]: Invalid value: "10.0.0.0/8": must be a strict subset of \`cidr\``],
    ],
    [
      'a prefix length out of range',
      policyWith(fromBlock({ cidr: '10.0.0.0/33' })),
      [`${at}.cidr: Invalid value: "10.0.0.0/33": must be a valid CIDR value`],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it('suggests the /32 of an address written without a prefix length', () => {
    expect(errorsOf(policyWith(fromBlock({ cidr: '192.168.5.10' })))[0]).toContain(
      '"192.168.5.10/32"',
    );
  });

  it('does not check excepts when the cidr itself is invalid', () => {
    expect(errorsOf(policyWith(fromBlock({ cidr: 'nope', except: ['also nope'] })))).toHaveLength(
      1,
    );
  });

  it.each<[string, string, string]>([
    [
      'host bits set',
      '10.0.1.1/4',
      'CIDR value "10.0.1.1/4" is ambiguous in this context (should be "0.0.0.0/4" or "10.0.1.1/32"?)',
    ],
    [
      'leading zeros',
      '010.0.0.0/8',
      'non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
    ],
    [
      'IPv4-mapped IPv6',
      '::ffff:1.2.3.0/120',
      'non-standard CIDR value "::ffff:1.2.3.0/120" will be considered invalid in a future Kubernetes release: use "1.2.3.0/24"',
    ],
    [
      'non-canonical IPv6',
      'FD00::/8',
      'IPv6 CIDR value "FD00::/8" should be in RFC 5952 canonical format ("fd00::/8")',
    ],
  ])("accepts a cidr with %s, with the API server's warning", (_what, cidr, warning) => {
    const raw = policyWith(fromBlock({ cidr }));
    expect(errorsOf(raw)).toEqual([]);
    expect(warningsOf(raw)).toEqual([`spec.ingress[0].from[0].ipBlock.cidr: ${warning}`]);
  });

  it('warns about a legacy except too', () => {
    const raw = policyWith(fromBlock({ cidr: '10.0.0.0/8', except: ['10.1.2.3/16'] }));
    expect(errorsOf(raw)).toEqual([]);
    expect(warningsOf(raw)[0]).toContain(
      'ipBlock.except[0]: CIDR value "10.1.2.3/16" is ambiguous',
    );
  });
});

describe('6. policyTypes', () => {
  it.each<Case>([
    [
      'unsupported values (upstream "invalid policyTypes")',
      policyWith({ policyTypes: ['foo', 'bar'] }),
      [
        'spec.policyTypes[0]: Unsupported value: "foo": supported values: "Ingress", "Egress"',
        'spec.policyTypes[1]: Unsupported value: "bar": supported values: "Ingress", "Egress"',
      ],
    ],
    [
      'three entries, checked first (upstream "too many policyTypes")',
      policyWith({ policyTypes: ['foo', 'bar', 'baz'] }),
      [
        'spec.policyTypes: Invalid value: ["foo","bar","baz"]: may not specify more than two policyTypes',
      ],
    ],
    [
      'three valid entries',
      policyWith({ policyTypes: ['Ingress', 'Egress', 'Ingress'] }),
      [
        'spec.policyTypes: Invalid value: ["Ingress","Egress","Ingress"]: may not specify more than two policyTypes',
      ],
    ],
    [
      'a lowercase type',
      policyWith({ policyTypes: ['ingress'] }),
      [
        'spec.policyTypes[0]: Unsupported value: "ingress": supported values: "Ingress", "Egress" (policyTypes are case-sensitive: did you mean "Ingress"?)',
      ],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it('accepts duplicates, which the API server does not check', () => {
    expect(validateNetworkPolicy(policyWith({ policyTypes: ['Ingress', 'Ingress'] }))).toEqual([]);
  });

  it('accepts rules of a direction policyTypes leaves out, warning that they do nothing', () => {
    const raw = policyWith({ policyTypes: ['Egress'], ingress: [{}] });
    expect(errorsOf(raw)).toEqual([]);
    expect(warningsOf(raw)).toEqual([
      'spec.ingress: these ingress rules have no effect: policyTypes does not list Ingress',
    ]);
  });
});

describe('7. things that are valid', () => {
  const ipv6Block = {
    cidr: 'fd00:192:168::/48',
    except: ['fd00:192:168:3::/64', 'fd00:192:168:4::/64'],
  };
  it.each<[string, Raw]>([
    ['ingress: [] under Ingress', { policyTypes: ['Ingress'], ingress: [] }],
    ['egress: [] under Egress', { policyTypes: ['Egress'], egress: [] }],
    ['ingress: [{}] (upstream)', { ingress: [{}] }],
    ['ingress: [{ports: [{}]}] (upstream)', { ingress: [{ ports: [{}] }] }],
    ['from: [] and ports: []', { ingress: [{ from: [], ports: [] }] }],
    ['podSelector: {}', { podSelector: {} }],
    ['namespaceSelector: {}', { ingress: [{ from: [{ namespaceSelector: {} }] }] }],
    ['a podSelector peer (upstream)', { ingress: [{ from: [{ podSelector: cd }] }] }],
    ['a namespaceSelector peer (upstream)', { ingress: [{ from: [{ namespaceSelector: cd }] }] }],
    ['an ipBlock peer with excepts (upstream)', { ingress: [{ from: [{ ipBlock: ipBlock16 }] }] }],
    ['an IPv6 ipBlock with excepts (upstream)', { ingress: [{ from: [{ ipBlock: ipv6Block }] }] }],
    [
      'egress to an ipBlock under [Egress] (upstream)',
      { policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: ipBlock16 }] }] },
    ],
    [
      'egress to an ipBlock under [Ingress, Egress] (upstream)',
      { policyTypes: ['Ingress', 'Egress'], egress: [{ to: [{ ipBlock: ipBlock16 }] }] },
    ],
    ['a named port no container defines', { ingress: [{ ports: [{ port: 'nothing-here' }] }] }],
    [
      'the backup rule of the brief',
      {
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ ipBlock: { cidr: '192.168.5.10/32' } }],
            ports: [{ protocol: 'TCP', port: 80 }],
          },
        ],
      },
    ],
  ])('accepts %s', (_what, spec) => {
    expect(validateNetworkPolicy(policyWith(spec))).toEqual([]);
  });
});
