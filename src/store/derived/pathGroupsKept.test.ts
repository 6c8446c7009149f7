import { describe, expect, it, vi } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore } from '../createEditorStore';
import { NOTHING_DERIVED } from '../editorState';
import { plainEqual } from '../plainEqual';
import type * as Equality from '../plainEqual';
import { deriveLines, derivePaths } from './derive';
import { selectPathGroups } from './pathSelectors';

vi.mock('../plainEqual', async (actual) => {
  const real = await actual<typeof Equality>();
  return { plainEqual: vi.fn(real.plainEqual) };
});

describe('when an edit changes the rules’ lines and leaves the picked workload’s paths as they were', () => {
  const doc = generateCluster({ pods: 40, policies: 12, namespaces: 3, seed: 7 });
  const edited = { ...doc, policies: doc.policies.slice(0, 6) };
  const first = doc.workloads[0];
  const id = `workload:${first?.namespace ?? ''}/${first?.name ?? ''}`;
  const paths = derivePaths(doc, createEvaluator().compile(doc), id);
  const linesOf = (d: typeof doc) => ({ ...deriveLines(d, createEvaluator().compile(d)), doc: d });
  const store = createEditorStore({ doc });
  store.getState().select({ kind: 'node', id });
  store.getState().setDerived({
    ...NOTHING_DERIVED,
    lines: linesOf(doc),
    paths: { id, paths, doc },
  });
  const before = selectPathGroups(store.getState());
  const lines = linesOf(edited);
  store.getState().setDerived({ ...NOTHING_DERIVED, lines, paths: { id, paths, doc: edited } });
  vi.mocked(plainEqual).mockClear();
  const after = selectPathGroups(store.getState());

  it('keeps each path line it drew before, without comparing it again', () => {
    const ids = (groups: readonly { id: string }[]) => groups.map((g) => g.id).join(' ');
    expect(ids(lines.groups)).not.toBe(ids(linesOf(doc).groups));
    expect(before.length).toBeGreaterThan(0);
    const beforeById = new Map(before.map((g) => [g.id, g]));
    const kept = after.filter((g) => beforeById.get(g.id) === g);
    expect(kept).toHaveLength(after.filter((g) => beforeById.has(g.id)).length);
    expect(kept.length).toBeGreaterThan(0);
    expect(plainEqual).not.toHaveBeenCalled();
  });
});
