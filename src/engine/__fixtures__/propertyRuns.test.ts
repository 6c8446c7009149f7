import { describe, expect, it } from 'vitest';
import { propertyRunsScale } from './propertyRuns';

describe('how many cases a property test tries', () => {
  it('runs a tenth of the full count locally', () => {
    expect(propertyRunsScale({ CI: '', NETPOL_PROPERTY_RUNS: '' })).toBe(0.1);
    expect(propertyRunsScale({ CI: 'false', NETPOL_PROPERTY_RUNS: '' })).toBe(0.1);
  });

  it('runs the full count in CI', () => {
    expect(propertyRunsScale({ CI: 'true', NETPOL_PROPERTY_RUNS: '' })).toBe(1);
    expect(propertyRunsScale({ CI: '1', NETPOL_PROPERTY_RUNS: '' })).toBe(1);
  });

  it('follows NETPOL_PROPERTY_RUNS, in CI or not', () => {
    expect(propertyRunsScale({ CI: '', NETPOL_PROPERTY_RUNS: 'full' })).toBe(1);
    expect(propertyRunsScale({ CI: 'true', NETPOL_PROPERTY_RUNS: '0.5' })).toBe(0.5);
    expect(propertyRunsScale({ CI: '', NETPOL_PROPERTY_RUNS: '10' })).toBe(10);
  });

  it('refuses a value that is neither full nor a positive factor', () => {
    for (const bad of ['all', '0', '-1', 'NaN']) {
      expect(() => propertyRunsScale({ CI: '', NETPOL_PROPERTY_RUNS: bad })).toThrow(
        /NETPOL_PROPERTY_RUNS must be 'full' or a positive factor/,
      );
    }
  });
});
