/**
 * The rules of ../shared/k8s-validation.md, sections 1 and 3 (2 is in
 * validateLabelSelector.test.ts, 4 to 7 in validateNetworkPolicy.peers.test.ts), with the upstream
 * invalid examples (one error each, at the API server's path, in its words) and its
 * upstream valid examples (no error).
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

function ingressPorts(ports: unknown[]): Raw {
  return { ingress: [{ ports }] };
}

function egressPorts(ports: unknown[]): Raw {
  return { egress: [{ to: [{ namespaceSelector: { matchLabels: { c: 'd' } } }], ports }] };
}

describe('1. object metadata', () => {
  it.each<Case>([
    [
      'uppercase and _ in the name',
      policyWith({}, { name: 'Allow_All', namespace: 'bar' }),
      ['metadata.name: Invalid value: "Allow_All": a lowercase RFC 1123 subdomain must consist of'],
    ],
    [
      'a name starting with -',
      policyWith({}, { name: '-foo', namespace: 'bar' }),
      ['metadata.name: Invalid value: "-foo": a lowercase RFC 1123 subdomain'],
    ],
    [
      'no name',
      policyWith({}, { namespace: 'bar' }),
      ['metadata.name: Required value: name or generateName is required'],
    ],
    [
      'an empty name',
      policyWith({}, { name: '', namespace: 'bar' }),
      ['metadata.name: Required value: name or generateName is required'],
    ],
    [
      'no metadata at all',
      { ...policyWith({}), metadata: undefined },
      ['metadata.name: Required value: name or generateName is required'],
    ],
    [
      'a name of 254 characters',
      policyWith({}, { name: 'a'.repeat(254), namespace: 'bar' }),
      ['metadata.name: Invalid value: "aaaa'],
    ],
    [
      'a namespace that is not a DNS label',
      policyWith({}, { name: 'foo', namespace: 'my.ns' }),
      ['metadata.namespace: Invalid value: "my.ns": must not contain dots'],
    ],
    [
      'a namespace of 64 characters',
      policyWith({}, { name: 'foo', namespace: 'n'.repeat(64) }),
      [`metadata.namespace: Invalid value: "${'n'.repeat(64)}": must be no more than 63 bytes`],
    ],
    [
      'a bad label key',
      policyWith({}, { name: 'foo', namespace: 'bar', labels: { 'a b': 'x' } }),
      ['metadata.labels["a b"]: Invalid value: "a b": name part must consist of'],
    ],
    [
      'a bad label value',
      policyWith(
        {},
        { name: 'foo', namespace: 'bar', labels: { 'app.kubernetes.io/name': 'a b' } },
      ),
      ['metadata.labels["app.kubernetes.io/name"]: Invalid value: "a b": a valid label must be'],
    ],
    [
      'a bad annotation key',
      policyWith({}, { name: 'foo', namespace: 'bar', annotations: { 'a/b/c': 'x' } }),
      ['metadata.annotations["a/b/c"]: Invalid value: "a/b/c": a valid label key'],
    ],
    [
      'annotations over 256 KiB',
      policyWith(
        {},
        { name: 'foo', namespace: 'bar', annotations: { big: 'x'.repeat(256 * 1024) } },
      ),
      ['metadata.annotations: Too long: may not be more than 262144 bytes'],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it('accepts a policy without a namespace, which kubectl fills in', () => {
    expect(validateNetworkPolicy(policyWith({}, { name: 'foo' }))).toEqual([]);
  });

  it('accepts an empty label value and uppercase annotation keys', () => {
    const metadata = {
      name: 'foo',
      labels: { flag: '' },
      annotations: { 'Example.com/Note': 'x' },
    };
    expect(errorsOf(policyWith({}, metadata))).toEqual([]);
  });

  it('accepts annotations of exactly 256 KiB', () => {
    const annotations = { big: 'x'.repeat(256 * 1024 - 3) };
    expect(errorsOf(policyWith({}, { name: 'foo', annotations }))).toEqual([]);
  });

  it('accepts a generateName instead of a name, with a warning', () => {
    const issues = validateNetworkPolicy(
      policyWith({}, { generateName: 'web-', namespace: 'bar' }),
    );
    expect(linesOf(issues, 'error')).toEqual([]);
    expect(linesOf(issues, 'warning')).toEqual([
      'metadata.name: no name: the API server would generate one from generateName "web-"',
    ]);
  });

  it('checks a generateName as a name prefix', () => {
    expect(errorsOf(policyWith({}, { generateName: 'Web-' }))[0]).toContain(
      'metadata.generateName: Invalid value: "Web-"',
    );
  });
});

describe('3. ports', () => {
  const p = (i: number): string => `spec.ingress[0].ports[${i}]`;
  const e = (i: number): string => `spec.egress[0].ports[${i}]`;
  it.each<Case>([
    [
      'ICMP in ingress (upstream "invalid ingress.ports.protocol")',
      policyWith(ingressPorts([{ protocol: 'ICMP', port: 80 }])),
      [`${p(0)}.protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`],
    ],
    [
      'ICMP in egress (upstream "invalid egress.ports.protocol")',
      policyWith(egressPorts([{ protocol: 'ICMP', port: 80 }])),
      [`${e(0)}.protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`],
    ],
    [
      'a lowercase protocol',
      policyWith(ingressPorts([{ protocol: 'tcp', port: 80 }])),
      [
        `${p(0)}.protocol: Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP" (protocols are case-sensitive: did you mean "TCP"?)`,
      ],
    ],
    [
      'an out-of-range ingress port (upstream "invalid ingress.ports.port (int)")',
      policyWith(ingressPorts([{ protocol: 'TCP', port: 123456789 }])),
      [`${p(0)}.port: Invalid value: 123456789: must be between 1 and 65535, inclusive`],
    ],
    [
      'an out-of-range egress port (upstream "invalid egress.ports.port (int)")',
      policyWith(egressPorts([{ protocol: 'TCP', port: 123456789 }])),
      [`${e(0)}.port: Invalid value: 123456789: must be between 1 and 65535, inclusive`],
    ],
    [
      'a bad ingress port name (upstream "invalid ingress.ports.port (str)")',
      policyWith(ingressPorts([{ protocol: 'TCP', port: '!@#$' }])),
      [
        `${p(0)}.port: Invalid value: "!@#$": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`,
        `${p(0)}.port: Invalid value: "!@#$": must contain at least one letter (a-z)`,
      ],
    ],
    [
      'a bad egress port name (upstream "invalid egress.ports.port (str)")',
      policyWith(egressPorts([{ protocol: 'TCP', port: '!@#$' }])),
      [
        `${e(0)}.port: Invalid value: "!@#$": must contain only alpha-numeric characters`,
        `${e(0)}.port: Invalid value: "!@#$": must contain at least one letter (a-z)`,
      ],
    ],
    [
      'port 0',
      policyWith(ingressPorts([{ port: 0 }])),
      [`${p(0)}.port: Invalid value: 0: must be between 1 and 65535, inclusive`],
    ],
    [
      'a 17-character port name',
      policyWith(ingressPorts([{ port: 'serve-80-tcp-long' }])),
      [`${p(0)}.port: Invalid value: "serve-80-tcp-long": must be no more than 15 bytes`],
    ],
    [
      'an uppercase port name',
      policyWith(ingressPorts([{ port: 'Http' }])),
      [`${p(0)}.port: Invalid value: "Http": must contain only alpha-numeric`],
    ],
    [
      'a double hyphen',
      policyWith(ingressPorts([{ port: 'my--port' }])),
      [`${p(0)}.port: Invalid value: "my--port": must not contain consecutive hyphens`],
    ],
    [
      'a leading hyphen',
      policyWith(ingressPorts([{ port: '-http' }])),
      [`${p(0)}.port: Invalid value: "-http": must not begin or end with a hyphen`],
    ],
    [
      'a trailing hyphen',
      policyWith(ingressPorts([{ port: 'http-' }])),
      [`${p(0)}.port: Invalid value: "http-": must not begin or end with a hyphen`],
    ],
    [
      'one bad range among two (upstream "multiple ports defined, one port range is invalid")',
      policyWith(
        egressPorts([
          { protocol: 'UDP', port: 35000, endPort: 32768 },
          { port: 32000, endPort: 32768 },
        ]),
      ),
      [`${e(0)}.endPort: Invalid value: 32768: must be greater than or equal to \`port\``],
    ],
    [
      'endPort with a named port (upstream "endPort defined with named/string port")',
      policyWith(
        egressPorts([
          { protocol: 'UDP', port: 'dns', endPort: 32768 },
          { port: 32000, endPort: 32768 },
        ]),
      ),
      [`${e(0)}.endPort: Invalid value: 32768: may not be specified when \`port\` is non-numeric`],
    ],
    [
      'endPort without a port (upstream "endPort defined without port defined")',
      policyWith(egressPorts([{ protocol: 'TCP', endPort: 32768 }])),
      [
        `${e(0)}.endPort: Invalid value: 32768: may not be specified when \`port\` is not specified`,
      ],
    ],
    [
      'endPort below port (upstream "port is greater than endPort")',
      policyWith(egressPorts([{ protocol: 'SCTP', port: 35000, endPort: 32768 }])),
      [`${e(0)}.endPort: Invalid value: 32768: must be greater than or equal to \`port\``],
    ],
    [
      'three bad ranges (upstream "multiple invalid port ranges defined")',
      policyWith(
        egressPorts([
          { protocol: 'UDP', port: 35000, endPort: 32768 },
          { protocol: 'TCP', endPort: 32768 },
          { protocol: 'TCP', port: 'https', endPort: 32768 },
        ]),
      ),
      [
        `${e(0)}.endPort: Invalid value: 32768: must be greater than or equal to \`port\``,
        `${e(1)}.endPort: Invalid value: 32768: may not be specified when \`port\` is not specified`,
        `${e(2)}.endPort: Invalid value: 32768: may not be specified when \`port\` is non-numeric`,
      ],
    ],
    [
      'endPort above 65535 (upstream "invalid endport range defined")',
      policyWith(egressPorts([{ protocol: 'TCP', port: 30000, endPort: 65537 }])),
      [`${e(0)}.endPort: Invalid value: 65537: must be between 1 and 65535, inclusive`],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it.each<[string, unknown[]]>([
    [
      'upstream ports 1',
      [
        { port: 80 },
        { protocol: 'TCP' },
        { protocol: 'TCP', port: 443 },
        { protocol: 'UDP', port: 'dns' },
        { protocol: 'SCTP', port: 7777 },
      ],
    ],
    [
      'upstream ports 2',
      [
        { port: 32000, endPort: 32768 },
        { protocol: 'UDP', port: 'dns' },
      ],
    ],
    [
      'overlapping ranges',
      [
        { port: 30000, endPort: 32768 },
        { port: 32000, endPort: 32768 },
      ],
    ],
    ['endPort equal to port', [{ protocol: 'TCP', port: 32768, endPort: 32768 }]],
    ['an empty port entry', [{}]],
    ['no ports at all', []],
  ])('accepts %s', (_what, ports) => {
    expect(validateNetworkPolicy(policyWith(ingressPorts(ports)))).toEqual([]);
    expect(validateNetworkPolicy(policyWith(egressPorts(ports)))).toEqual([]);
  });
});
