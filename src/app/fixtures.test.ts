import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureDoc } from './fixtures';

describe('the example designs', () => {
  it.each(Object.keys(FIXTURES))('%s imports without problems', (name) => {
    expect(fixtureDoc(name)?.workloads.length).toBeGreaterThan(0);
  });

  it('has no fixture for an unknown name', () => {
    expect(fixtureDoc('nope')).toBeNull();
  });

  it.each(['__proto__', 'constructor', 'toString'])('has no fixture named %s', (name) => {
    expect(fixtureDoc(name)).toBeNull();
  });
});
