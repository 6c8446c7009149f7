import { describe, expect, it } from 'vitest';
import { ipBlockFrom, peerAsKind, peerKindOf, peerSelectorSet } from './peerKind';

const API = { podSelector: { matchLabels: { name: 'api-pod' } } };

describe('when a peer changes kind', () => {
  it('becomes an IP block at the suggested CIDR, alone in its element', () => {
    const peer = peerAsKind(API, 'ipBlock', '192.168.5.10/32');
    expect(peer).toEqual({ ipBlock: { cidr: '192.168.5.10/32' } });
    expect(peerKindOf(peer)).toBe('ipBlock');
  });

  it('becomes every pod of the own namespace when it leaves the IP block', () => {
    expect(peerAsKind({ ipBlock: { cidr: '10.0.0.0/8' } }, 'selectors', '')).toEqual({
      podSelector: {},
    });
  });

  it('stays as it is when the kind does not change', () => {
    expect(peerAsKind(API, 'selectors', '')).toBe(API);
  });
});

describe('when a selector of a peer is set', () => {
  it('adds the namespaceSelector in the SAME element (AND) and removes it again', () => {
    const both = peerSelectorSet(API, 'namespaceSelector', { matchLabels: { name: 'prod' } });
    expect(both).toEqual({ ...API, namespaceSelector: { matchLabels: { name: 'prod' } } });
    expect(peerSelectorSet(both, 'namespaceSelector', null)).toEqual(API);
  });
});

describe('when an ipBlock is typed', () => {
  it('splits the except list at commas and leaves it out when empty', () => {
    expect(ipBlockFrom(' 10.0.0.0/8 ', '10.1.0.0/16, ,10.2.0.0/16')).toEqual({
      ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.0.0/16'] },
    });
    expect(ipBlockFrom('10.0.0.0/8', ' ')).toEqual({ ipBlock: { cidr: '10.0.0.0/8' } });
  });
});
