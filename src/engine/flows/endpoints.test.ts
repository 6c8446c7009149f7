import { describe, expect, it } from 'vitest';
import { ipBlockAddress } from './endpoints';

describe('the address that stands for an ipBlock node', () => {
  it('is the block itself when nothing is excepted', () => {
    expect(ipBlockAddress('10.0.0.0/8')).toBe('10.0.0.0/8');
  });

  it('is the first address after the excepted ranges', () => {
    expect(ipBlockAddress('10.0.0.0/8', ['10.0.0.0/16'])).toBe('10.1.0.0');
    expect(ipBlockAddress('10.0.0.0/8', ['10.0.0.0/16', '10.1.0.0/16'])).toBe('10.2.0.0');
    expect(ipBlockAddress('fd00::/64', ['fd00::/65'])).toBe('fd00:0:0:0:8000:0:0:0');
  });

  it('is null when the block does not parse or every address is excepted', () => {
    expect(ipBlockAddress('nope')).toBeNull();
    expect(ipBlockAddress('10.0.0.0/24', ['10.0.0.0/24'])).toBeNull();
  });
});
