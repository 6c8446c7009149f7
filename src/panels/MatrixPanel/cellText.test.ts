import { describe, expect, it } from 'vitest';
import { cellDescription } from './cellText';

describe('when a cell is described', () => {
  it('names the ports of a cell where every port is allowed', () => {
    const ports = [
      { port: 80, protocol: 'TCP', allowed: true },
      { port: 53, protocol: 'UDP', allowed: true },
    ] as const;
    expect(cellDescription({ state: 'all', ports })).toBe('every port allowed (TCP 80, UDP 53)');
  });

  it('says which ports are blocked when none is allowed', () => {
    const ports = [{ port: 3306, protocol: 'TCP', allowed: false }] as const;
    expect(cellDescription({ state: 'none', ports })).toBe('no port allowed (TCP 3306 blocked)');
  });

  it('gives the verdict per port when only some are allowed', () => {
    const ports = [
      { port: 3306, protocol: 'TCP', allowed: true },
      { port: 33060, protocol: 'TCP', allowed: false },
    ] as const;
    expect(cellDescription({ state: 'some', ports })).toBe(
      'some ports allowed: TCP 3306 allowed, TCP 33060 blocked',
    );
  });

  it('says why nothing is checked', () => {
    expect(cellDescription({ state: 'unchecked', why: 'outside' })).toContain(
      'no NetworkPolicy applies',
    );
    expect(cellDescription({ state: 'unchecked', why: 'self' })).toContain('same workload');
  });
});
