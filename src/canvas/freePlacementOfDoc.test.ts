import { describe, expect, it } from 'vitest';
import { generateCluster } from '../engine/__fixtures__/generate';
import { nodeIdOf } from '../store';
import { workloadPlacesOf } from './freePlacementOfDoc';

const doc = generateCluster({ pods: 30, policies: 6, namespaces: 3, seed: 2 });
const first = doc.workloads[0];
const firstId = nodeIdOf({
  kind: 'workload',
  namespace: first?.namespace ?? '',
  name: first?.name ?? '',
});

describe('the places of the workloads', () => {
  it('are read once for a document and its positions (a new mark on a card reads none)', () => {
    const positions = {};
    const places = workloadPlacesOf(doc, positions);
    expect(places.size).toBe(doc.workloads.length);
    expect(workloadPlacesOf(doc, positions)).toBe(places);
  });

  it('are read again when the positions change, or the document', () => {
    const before = workloadPlacesOf(doc, {});
    const moved = workloadPlacesOf(doc, { [firstId]: { x: 700, y: 900 } });
    expect(moved).not.toBe(before);
    expect(moved.get(firstId)).toEqual({ x: 700, y: 900 });
    const edited = { ...doc, workloads: doc.workloads.slice(1) };
    const positions = {};
    workloadPlacesOf(doc, positions);
    const after = workloadPlacesOf(edited, positions);
    expect(after.size).toBe(doc.workloads.length - 1);
    expect(after.has(firstId)).toBe(false);
  });
});
