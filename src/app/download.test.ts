import { describe, expect, it } from 'vitest';
import { designFileName } from './download';

describe('the file name of a design', () => {
  it('is made of its name, safe on every system', () => {
    expect(designFileName('Shop, production', 'netpol-design', '', 'yaml')).toBe(
      'shop-production.yaml',
    );
    expect(designFileName('Café / Zürich: v2', 'x', '-networkpolicies', 'yaml')).toBe(
      'cafe-zurich-v2-networkpolicies.yaml',
    );
  });

  it('falls back when the design is untitled or its name has no letter or digit', () => {
    expect(designFileName(undefined, 'netpol-design', '', 'yaml')).toBe('netpol-design.yaml');
    expect(designFileName('…!', 'networkpolicies', '', 'yaml')).toBe('networkpolicies.yaml');
  });

  it('stays short for a very long name', () => {
    const name = designFileName('a '.repeat(100), 'x', '', 'svg');
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^a(-a)*\.svg$/);
  });
});
