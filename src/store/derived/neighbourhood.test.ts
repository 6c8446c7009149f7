import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from './neighbourhood';

const line = (source: string, target: string) => ({ id: `${source}>${target}`, source, target });

describe('the neighbourhood of a workload', () => {
  const lines = [
    line('web', 'api'),
    line('api', 'db'),
    line('lb', 'web'),
    line('db', 'backup'),
    line('api', 'web'),
    line('web', 'web'),
  ];
  const hood = neighbourhoodOf(lines, 'web');

  it('holds the lines into and out of it, and no other', () => {
    expect([...hood.edges].sort()).toEqual(['api>web', 'lb>web', 'web>api', 'web>web']);
  });

  it('holds the workload and the nodes at the other ends of its lines', () => {
    expect([...hood.nodes].sort()).toEqual(['api', 'lb', 'web']);
  });

  it('counts the lines coming in and going out (a line to itself is neither)', () => {
    expect(hood.inbound).toBe(2);
    expect(hood.outbound).toBe(1);
  });

  it('of a workload without lines is the workload alone', () => {
    const alone = neighbourhoodOf(lines, 'cache');
    expect([...alone.nodes]).toEqual(['cache']);
    expect(alone.edges.size).toBe(0);
  });
});
