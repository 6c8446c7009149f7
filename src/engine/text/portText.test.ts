import { describe, expect, it } from 'vitest';
import { portText, rulePortText, rulePortsText } from './portText';

describe('a concrete port', () => {
  it('reads protocol first, or number first as kubectl lists container ports', () => {
    expect(portText({ protocol: 'TCP', port: 3306 })).toBe('TCP 3306');
    expect(portText({ protocol: 'UDP', port: 53 }, { numberFirst: true })).toBe('53/UDP');
    expect(portText({ protocol: 'TCP', port: 80 }, { name: 'http', numberFirst: true })).toBe(
      '80/TCP (http)',
    );
    expect(portText({ protocol: 'TCP', port: 80 }, { name: 'http' })).toBe('TCP 80 (http)');
  });
});

describe('port labels on a canvas line', () => {
  it('read as the rule writes them', () => {
    expect(rulePortsText([], 'short')).toEqual(['all ports']);
    expect(
      rulePortsText(
        [
          { protocol: 'UDP', port: 53 },
          { port: 32000, endPort: 32768 },
        ],
        'short',
      ),
    ).toEqual(['UDP 53', 'TCP 32000-32768']);
    expect(
      rulePortsText([{ protocol: 'SCTP' }, { protocol: 'TCP', port: 'http' }], 'short'),
    ).toEqual(['all SCTP', 'TCP http']);
  });
});

describe('rule ports in a sentence', () => {
  it('spell out names and the absence of a port', () => {
    expect(rulePortsText(undefined, 'sentence')).toEqual(['every port']);
    expect(rulePortText({ protocol: 'UDP' }, 'sentence')).toBe('any UDP port');
    expect(rulePortText({ port: 'http' }, 'sentence')).toBe('TCP port named http');
    expect(rulePortText({ protocol: 'TCP', port: 32000, endPort: 32768 }, 'sentence')).toBe(
      'TCP 32000-32768',
    );
  });
});
