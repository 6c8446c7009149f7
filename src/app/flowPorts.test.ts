import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './fixtures';
import { portChoicesOf, typedPort } from './flowPorts';

describe('ports offered for a flow to a workload', () => {
  it('are its container ports', () => {
    const choices = portChoicesOf(fixtureDoc('three-tier')!, {
      kind: 'workload',
      namespace: 'prod',
      name: 'db',
    });
    expect(choices.map((c) => c.label)).toEqual(['TCP 3306 (mysql)']);
    expect(choices[0]?.port).toEqual({ protocol: 'TCP', port: 3306 });
  });
});

describe('a typed port', () => {
  it('is a number or a range', () => {
    expect(typedPort('8080', 'TCP')).toEqual({ protocol: 'TCP', port: 8080 });
    expect(typedPort('32000-32768', 'UDP')).toEqual({
      protocol: 'UDP',
      port: 32000,
      endPort: 32768,
    });
  });

  it('is refused out of range, backwards or not a number', () => {
    for (const text of ['0', '70000', '90-80', 'http', ''])
      expect(typedPort(text, 'TCP')).toBeNull();
  });
});
