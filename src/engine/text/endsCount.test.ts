import { describe, expect, it } from 'vitest';
import type { FlowEnd } from '../edits/types';
import { endsCountText, endsText } from './endsCount';

const w = (name: string): FlowEnd => ({ kind: 'workload', namespace: 'ns-3', name });
const ns = (name: string): FlowEnd => ({ kind: 'namespace', name });
const block: FlowEnd = { kind: 'ipBlock', cidr: '10.0.0.0/8', except: ['10.0.27.0/24'] };
const anywhere: FlowEnd = { kind: 'any' };
const backup: FlowEnd = { kind: 'external', name: 'backup server' };

describe('a count of the other ends of a workload’s connections', () => {
  it('names what it counts, kind by kind, so workloads are never added to namespaces', () => {
    const of = [w('a'), w('b'), w('c'), ns('ns-6'), ns('ns-7')];
    expect(endsCountText([w('a'), ns('ns-6')], of)).toBe('1 of 3 workloads, 1 of 2 namespaces');
  });

  it('counts a namespace whose workloads it counts once, as those workloads', () => {
    // ns-3's box stands for a, b and c: "0 of 1 namespace" beside them read as a contradiction.
    const of = [w('a'), w('b'), w('c'), ns('ns-3'), ns('ns-6')];
    expect(endsCountText([w('a'), ns('ns-6')], of)).toBe('1 of 3 workloads, 1 of 1 namespace');
    expect(endsText(of)).toBe('3 workloads, 1 namespace');
  });

  it('says anywhere reaches every address outside the cluster, not one more IP block', () => {
    // "0 of 9 workloads, 1 of 1 IP block" beside anywhere read as a contradiction.
    expect(endsCountText([anywhere], [w('a'), anywhere, block, backup])).toBe(
      '0 of 1 workload, 0 of 1 IP block, 0 of 1 outside endpoint, every address outside the cluster',
    );
    expect(endsCountText([], [w('a'), anywhere])).toBe(
      '0 of 1 workload, no address outside the cluster',
    );
  });

  it('counts an end once however many times it is named', () => {
    expect(endsCountText([w('a'), w('a')], [w('a'), w('a'), w('b')])).toBe('1 of 2 workloads');
  });

  it('says none when there is nothing to count', () => {
    expect(endsCountText([], [])).toBe('none');
    expect(endsText([])).toBe('none');
  });

  it('words the ends alone, for a list that counts paths', () => {
    expect(endsText([w('a'), w('b'), w('a'), backup])).toBe('2 workloads, 1 outside endpoint');
  });
});
