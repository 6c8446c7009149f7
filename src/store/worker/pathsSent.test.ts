import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { derivePaths } from '../derived/derive';
import { plainEqual } from '../plainEqual';
import { pathsSent, pathsTaken, sentPaths } from './pathsSent';

const doc = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
const first = doc.workloads[0];
const id = `workload:${first?.namespace ?? ''}/${first?.name ?? ''}`;
const before = derivePaths(doc, createEvaluator().compile(doc), id);
const edited = { ...doc, policies: doc.policies.slice(1) };
const after = derivePaths(edited, createEvaluator().compile(edited), id);
const held = () => {
  const sent = pathsSent();
  sent.keep(1, id, before);
  return sent.of(1, id);
};

describe('the focused node’s paths the worker sends after an edit', () => {
  it('sends a path the page holds as it is as its id, and one that changed whole', () => {
    const beforeById = new Map([...before.outbound, ...before.inbound].map((p) => [p.id, p]));
    const all = [...after.outbound, ...after.inbound];
    const changed = all.filter((p) => !plainEqual(beforeById.get(p.id), p));
    const sent = sentPaths(after, held());
    const whole = [...sent.outbound, ...sent.inbound].filter((p) => typeof p !== 'string');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(all.length);
    expect(whole).toEqual(changed);
  });

  it('sends every path whole when it does not know what the page holds', () => {
    expect(sentPaths(after, null)).toBe(after);
    expect(pathsSent().of(1, id)).toBeNull();
  });

  it('are taken by the page as equal to the new paths, with the held ones’ objects', () => {
    const taken = pathsTaken(sentPaths(after, held()), before);
    expect(taken).toEqual(after);
    const beforeById = new Map([...before.outbound, ...before.inbound].map((p) => [p.id, p]));
    const kept = [...taken.outbound, ...taken.inbound].filter((p) => beforeById.get(p.id) === p);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('are the held paths themselves when every path is as it was', () => {
    expect(pathsTaken(sentPaths(structuredClone(before), held()), before)).toBe(before);
  });

  it('cannot name a path the page does not hold', () => {
    expect(() => pathsTaken({ inbound: [], outbound: ['nowhere'] }, before)).toThrow(/nowhere/);
    expect(() => pathsTaken({ inbound: ['nowhere'], outbound: [] }, null)).toThrow(/nowhere/);
  });

  it('are remembered for the last few documents only', () => {
    const sent = pathsSent(2);
    sent.keep(1, id, before);
    sent.keep(2, id, after);
    sent.keep(3, id, after);
    expect(sent.of(1, id)).toBeNull();
    expect(sent.of(2, id)?.size).toBe(after.outbound.length + after.inbound.length);
    expect(sent.of(3, 'workload:other/x')).toBeNull();
  });
});
