import { describe, expect, it } from 'vitest';
import { longestWordLength, nameWords } from './nameWords';

describe("a workload name's words", () => {
  it('are split before the words Online Boutique builds its names of', () => {
    expect(nameWords('recommendationservice')).toEqual(['recommendation', 'service']);
    expect(nameWords('productcatalogservice')).toEqual(['product', 'catalog', 'service']);
    expect(nameWords('loadgenerator')).toEqual(['load', 'generator']);
  });

  it('keep their separators, and join back into the name', () => {
    for (const name of [
      'app-recommendationservice',
      'ingress-nginx-controller',
      'payment-gateway-adapter-for-external-card-processor',
      'redis-cart',
      'a.b_c--d',
      '-x',
    ]) {
      expect(nameWords(name).join('')).toBe(name);
    }
    expect(nameWords('app-recommendationservice')).toEqual(['app-', 'recommendation', 'service']);
    expect(nameWords('ingress-nginx-controller')).toEqual(['ingress-', 'nginx-', 'controller']);
  });

  it('leave a short start and a word alone whole', () => {
    expect(nameWords('adservice')).toEqual(['adservice']);
    expect(nameWords('service')).toEqual(['service']);
    expect(nameWords('frontend')).toEqual(['frontend']);
  });

  it('give the longest stretch a line must hold, the hyphen ending it included', () => {
    expect(longestWordLength('recommendationservice')).toBe(14);
    expect(longestWordLength('app-recommendationservice')).toBe(14);
    expect(longestWordLength('prometheus-k8s')).toBe(11);
  });
});
