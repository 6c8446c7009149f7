/**
 * Truth tables as readable text. A grid has a header row naming the
 * destinations (columns) and one row per source: `.` allowed, `X` blocked.
 *
 * ```
 *       x/a x/b x/c
 *   x/a  X   .   .
 *   x/b  .   .   .
 * ```
 * Names are pod keys (`namespace/name`) or IPs, or short aliases mapped to them.
 */
import type { Protocol } from '../../model';

/** The expected verdicts for one port and protocol. */
export interface TruthTable {
  readonly port: number;
  readonly protocol: Protocol;
  readonly grid: string;
}

export interface Grid {
  /** Sources, as endpoint names (pod keys or IPs). */
  readonly rows: readonly string[];
  /** Destinations. */
  readonly cols: readonly string[];
  /** `cells[r][c]`: is `rows[r]` → `cols[c]` allowed? */
  readonly cells: readonly (readonly boolean[])[];
}

export type Aliases = Readonly<Record<string, string>>;

function resolveName(token: string, aliases: Aliases): string {
  return aliases[token] ?? token;
}

/** Reads a grid; throws (a programmer error in a fixture) on a malformed one. */
export function gridParse(text: string, aliases: Aliases = {}): Grid {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [header, ...body] = lines;
  if (header === undefined) throw new Error('empty grid');
  const cols = header.split(/\s+/).map((t) => resolveName(t, aliases));
  const rows: string[] = [];
  const cells = body.map((line) => {
    const [name, ...marks] = line.split(/\s+/);
    if (name === undefined || marks.length !== cols.length) {
      throw new Error(`grid row "${line}" needs a name and ${cols.length} cells`);
    }
    rows.push(resolveName(name, aliases));
    return marks.map((m) => {
      if (m !== '.' && m !== 'X') throw new Error(`grid cell "${m}" is neither . nor X`);
      return m === '.';
    });
  });
  return { rows, cols, cells };
}

/** The grid of `allowed(from, to)` over the given sources and destinations. */
export function gridOf(
  rows: readonly string[],
  cols: readonly string[],
  allowed: (from: string, to: string) => boolean,
): Grid {
  return { rows, cols, cells: rows.map((r) => cols.map((c) => allowed(r, c))) };
}

/** Canonical text of a grid (aliases put back), so two grids compare as strings with a readable diff. */
export function gridRender(grid: Grid, aliases: Aliases = {}): string {
  const alias = new Map(Object.entries(aliases).map(([short, name]) => [name, short]));
  const show = (name: string): string => alias.get(name) ?? name;
  const width = Math.max(...[...grid.rows, ...grid.cols].map((n) => show(n).length)) + 1;
  const pad = (s: string): string => s.padEnd(width);
  const head = pad('') + grid.cols.map((c) => pad(show(c))).join('');
  const body = grid.rows.map(
    (r, i) => pad(show(r)) + (grid.cells[i] ?? []).map((ok) => pad(ok ? '.' : 'X')).join(''),
  );
  return [head, ...body].map((l) => l.trimEnd()).join('\n');
}
