import { describe, expect, it } from 'vitest';
import { namedRuns, runNamesByLine } from './layerRunNames';

const run = (...ids: string[]) => ({ id: ids[0] ?? '', ids });

describe('the names of the line layer’s runs', () => {
  it('are their first lines’ on the first drawing', () => {
    const runs = [run('a', 'b'), run('c')];
    expect(namedRuns(runs, new Map()).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('stay the same objects for runs drawn as before', () => {
    const runs = [run('a', 'b'), run('c')];
    const named = namedRuns(runs, runNamesByLine(runs));
    expect(named[0]).toBe(runs[0]);
    expect(named[1]).toBe(runs[1]);
  });

  it('keep a run’s name when its first line leaves it (lit by a focus, or deleted)', () => {
    const before = runNamesByLine([run('a', 'b', 'c'), run('d')]);
    expect(namedRuns([run('b', 'c'), run('d')], before).map((r) => r.id)).toEqual(['a', 'd']);
  });

  it('give a run split in two its name once, the second part a new one', () => {
    const before = runNamesByLine([run('a', 'b', 'c', 'd')]);
    const named = namedRuns([run('a', 'b'), run('x'), run('c', 'd')], before);
    expect(named.map((r) => r.id)).toEqual(['a', 'x', 'c']);
  });

  it('never name two runs alike, when a new run starts with a line another run’s name is', () => {
    // Line b started a run before; now a run keeps that name through line c, and b starts one.
    const before = runNamesByLine([run('a'), run('b', 'c')]);
    const named = namedRuns([run('c', 'e'), run('b'), run('a')], before);
    const ids = named.map((r) => r.id);
    expect(ids).toEqual(['b', 'b#2', 'a']);
    expect(new Set(ids).size).toBe(3);
  });
});
