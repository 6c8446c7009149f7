import { beforeEach, describe, expect, it, vi } from 'vitest';
import { linePortsTexts } from '../engine';
import type * as Engine from '../engine';
import { generateCluster } from '../engine/__fixtures__/generate';
import { createEditorStore, selectFlowGroups } from '../store';
import { lineTextOf, prepareLineTexts } from './lineTexts';
import { toFlowEdges } from './toFlowEdges';

vi.mock('../engine', async (actual) => {
  const real = await actual<typeof Engine>();
  return { ...real, linePortsTexts: vi.fn(real.linePortsTexts) };
});

function linesOf(seed: number) {
  const doc = generateCluster({ pods: 30, policies: 12, namespaces: 3, seed });
  return selectFlowGroups(createEditorStore({ doc }).getState());
}

beforeEach(() => {
  vi.mocked(linePortsTexts).mockClear();
});

describe('when the lines are prepared ahead', () => {
  it('draws them without working their texts out again', () => {
    const groups = linesOf(3);
    expect(groups.length).toBeGreaterThan(10);
    expect(prepareLineTexts(groups, () => true)).toBe(true);
    expect(linePortsTexts).toHaveBeenCalledTimes(groups.length);
    const edges = toFlowEdges({ groups, selectedNodeId: null, selectedEdgeId: null });
    expect(edges).toHaveLength(groups.length);
    expect(linePortsTexts).toHaveBeenCalledTimes(groups.length);
  });

  it('reads each line as one worked out when it is drawn', () => {
    const prepared = linesOf(4);
    const cold = linesOf(4);
    prepareLineTexts(prepared, () => true);
    expect(prepared.map(lineTextOf)).toEqual(cold.map(lineTextOf));
  });

  it('stops when time is up, and goes on from there the next time', () => {
    const groups = linesOf(5);
    let budget = 3;
    expect(prepareLineTexts(groups, () => budget-- > 0)).toBe(false);
    expect(linePortsTexts).toHaveBeenCalledTimes(3);
    expect(prepareLineTexts(groups, () => true)).toBe(true);
    expect(linePortsTexts).toHaveBeenCalledTimes(groups.length);
  });
});
