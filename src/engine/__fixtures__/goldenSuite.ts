/**
 * The shared body of the golden tests: for each scenario and each of its
 * reviewed truth tables, the oracle (`naiveAllowed`), the engine's
 * `buildMatrix` and the engine's `isTrafficAllowed` must all give the table.
 * Probes add single connections with outside addresses (which matrices omit).
 */
import { describe, expect, it } from 'vitest';
import type { PodKey, Protocol } from '../../model';
import { buildMatrix, compilePolicies, isTrafficAllowed, matrixAllows } from '../index';
import type { Endpoint, PolicyIndex } from '../index';
import type { Scenario } from './clusters/objects';
import { naiveAllowed } from './naiveEvaluator';
import type { Aliases, TruthTable } from './truthTable';
import { gridOf, gridParse, gridRender } from './truthTable';

/** One connection and its expected verdict, for endpoints outside the cluster. */
export interface Probe {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: Protocol;
  readonly allowed: boolean;
}

export interface GoldenCase {
  readonly tables: readonly TruthTable[];
  readonly probes?: readonly Probe[];
}

/** The truth table `grid` for connections on `port`/`protocol`. */
export function on(port: number, protocol: Protocol, grid: string): TruthTable {
  return { port, protocol, grid };
}

/** `from` (a pod key or an IP) opening a connection to `to` on `port`/`protocol`: `allowed` or not. */
export function probe(
  from: string,
  to: string,
  port: number,
  protocol: Protocol,
  allowed: boolean,
): Probe {
  return { from, to, port, protocol, allowed };
}

function endpointOf(index: PolicyIndex, name: string): Endpoint {
  return index.podIndex(name as PodKey) === undefined
    ? { kind: 'ip', ip: name }
    : { kind: 'pod', key: name as PodKey };
}

export function describeGolden(
  scenarios: readonly Scenario[],
  cases: Readonly<Record<string, GoldenCase>>,
  aliases: Aliases = {},
): void {
  it('has a reviewed truth table for every scenario, and no table without a scenario', () => {
    expect(Object.keys(cases).sort()).toEqual(scenarios.map((s) => s.name).sort());
  });

  for (const scenario of scenarios) {
    const golden = cases[scenario.name];
    if (golden === undefined) continue;
    describe(`${scenario.name}: ${scenario.summary}`, () => {
      const index = compilePolicies(scenario.doc);
      const pods: readonly string[] = index.pods;

      for (const table of golden.tables) {
        const expected = gridParse(table.grid, aliases);
        const label = `${table.port}/${table.protocol}`;
        const want = gridRender(expected, aliases);

        it(`covers every pod on ${label}`, () => {
          expect([...expected.rows].sort()).toEqual([...pods].sort());
          expect([...expected.cols].sort()).toEqual([...pods].sort());
        });

        it(`the oracle gives the reviewed table on ${label}`, () => {
          const got = gridOf(expected.rows, expected.cols, (f, t) =>
            naiveAllowed(scenario.doc, f, t, table.port, table.protocol),
          );
          expect(gridRender(got, aliases)).toBe(want);
        });

        it(`buildMatrix gives the reviewed table on ${label}`, () => {
          const m = buildMatrix(index, table.port, table.protocol);
          const at = (name: string): number => m.pods.indexOf(name as PodKey);
          const got = gridOf(expected.rows, expected.cols, (f, t) => matrixAllows(m, at(f), at(t)));
          expect(gridRender(got, aliases)).toBe(want);
        });

        it(`isTrafficAllowed gives the reviewed table on ${label}`, () => {
          const got = gridOf(
            expected.rows,
            expected.cols,
            (f, t) =>
              isTrafficAllowed(index, {
                from: endpointOf(index, f),
                to: endpointOf(index, t),
                port: table.port,
                protocol: table.protocol,
              }).allowed,
          );
          expect(gridRender(got, aliases)).toBe(want);
        });
      }

      for (const p of golden.probes ?? []) {
        const from = aliases[p.from] ?? p.from;
        const to = aliases[p.to] ?? p.to;
        const verb = p.allowed ? 'allows' : 'blocks';
        it(`${verb} ${p.from} → ${p.to} on ${p.port}/${p.protocol} (oracle and engine)`, () => {
          expect(naiveAllowed(scenario.doc, from, to, p.port, p.protocol)).toBe(p.allowed);
          const verdict = isTrafficAllowed(index, {
            from: endpointOf(index, from),
            to: endpointOf(index, to),
            port: p.port,
            protocol: p.protocol,
          });
          expect(verdict.allowed).toBe(p.allowed);
        });
      }
    });
  }
}
