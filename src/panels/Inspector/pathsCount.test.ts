import { describe, expect, it } from 'vitest';
import type { FlowEnd, Path } from '../../engine';
import { pathsCountText } from './pathsCount';

const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };
const w = (name: string): FlowEnd => ({ kind: 'workload', namespace: 'ns-3', name });

/** A path into db from `from` on `port`. */
function path(from: FlowEnd, port: number, allowed: boolean): Path {
  return { id: String(port), from, to: db, protocol: 'TCP', port, allowed } as unknown as Path;
}

describe('the count over a long list of inbound paths', () => {
  const paths = [
    path(w('a'), 8080, true),
    path(w('a'), 9090, true),
    path(w('b'), 8080, false),
    path(w('b'), 9090, false),
    path(w('c'), 8080, false),
    path(w('c'), 9090, true),
  ];

  it('counts paths one per port and says how many workloads they join, as the summary does', () => {
    expect(pathsCountText(paths, 'from', true)).toBe(
      '6 paths from 3 workloads, one per port: 3 allowed, from 2 workloads; 3 blocked',
    );
  });

  it('counts the paths policies would block when the network plugin enforces none', () => {
    // Not "3 policies": three of the paths, which get through as the plugin enforces nothing.
    expect(pathsCountText(paths, 'from', false)).toBe(
      '6 paths from 3 workloads, one per port: 3 allowed by the policies, from 2 workloads; ' +
        '3 of these paths would be blocked if the plugin enforced policies',
    );
  });

  it('counts one such path out of the others', () => {
    const one = paths.map((p, i) => ({ ...p, allowed: i !== 2 }));
    expect(pathsCountText(one, 'from', false)).toMatch(
      /; 1 of these paths would be blocked if the plugin enforced policies$/,
    );
  });

  it('names no ends when no path is allowed', () => {
    const shut = paths.map((p) => ({ ...p, allowed: false }));
    expect(pathsCountText(shut, 'from', true)).toBe(
      '6 paths from 3 workloads, one per port: 0 allowed; 6 blocked',
    );
  });

  it('reads outbound paths as going to their workloads', () => {
    const out = paths.map((p) => ({ ...p, from: db, to: p.from }));
    expect(pathsCountText(out, 'to', true)).toBe(
      '6 paths to 3 workloads, one per port: 3 allowed, to 2 workloads; 3 blocked',
    );
  });
});
