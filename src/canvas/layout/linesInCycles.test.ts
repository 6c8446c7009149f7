import { describe, expect, it } from 'vitest';
import { edgesOutsideCycles } from './linesInCycles';

const line = (source: string, target: string) => ({
  id: `${source}>${target}`,
  sources: [source],
  targets: [target],
});
const ids = (edges: readonly { id: string }[]) => edges.map((e) => e.id);

describe('the lines that order a box’s cards from left to right', () => {
  it('keeps every line of a design without cycles', () => {
    const edges = [line('web', 'api'), line('api', 'db'), line('web', 'db')];
    expect(ids(edgesOutsideCycles(edges))).toEqual(ids(edges));
  });

  it('leaves out the lines among peers that all reach each other, and keeps their other lines', () => {
    const webs = ['web-a', 'web-b', 'web-c'];
    const peers = webs.flatMap((a) => webs.filter((b) => b !== a).map((b) => line(a, b)));
    const out = webs.map((w) => line(w, 'api'));
    expect(ids(edgesOutsideCycles([...peers, ...out]))).toEqual(ids(out));
  });

  it('leaves out a cycle that goes round three cards, not the line that leaves it', () => {
    const edges = [line('a', 'b'), line('b', 'c'), line('c', 'a'), line('c', 'd')];
    expect(ids(edgesOutsideCycles(edges))).toEqual(['c>d']);
  });
});
