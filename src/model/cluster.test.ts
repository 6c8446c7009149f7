import { describe, expect, it } from 'vitest';
import { namespaceOrDefault } from './cluster';

describe('the namespace an object lands in', () => {
  it('is default when metadata.namespace is omitted or empty, as with kubectl', () => {
    expect(namespaceOrDefault(undefined)).toBe('default');
    expect(namespaceOrDefault('')).toBe('default');
  });

  it('is metadata.namespace when it is set', () => {
    expect(namespaceOrDefault('shop')).toBe('shop');
  });
});
