/**
 * The names the line layer's runs are drawn under (`LineLayer`, React's keys). A run is named by
 * its first line (`layerRunsOf`), so a run whose first line left it (taken by React Flow when a
 * focus lights it, or gone with an edit) was a new run: its group and every path in it were
 * mounted again, and each new path styled for the first time. The picked workload's faint run on
 * the expanded 1,000-workload design is about 1,900 lines: 4,194 elements restyled in one frame
 * seconds after F (`docs/performance-log.md`). A run keeps the name of the run that held one of
 * its lines at the last drawing, so that it keeps its elements.
 */

/** What `namedRuns` reads of a run. */
export interface NamedRun {
  readonly id: string;
  readonly ids: readonly string[];
}

/**
 * `runs` named as they were last drawn: each takes the name of the run that held the first of its
 * lines that one held (`before`: a line's run name), when no earlier run took that name; else its
 * own first line's, or that with a count when taken. A run kept as it was keeps its object.
 */
export function namedRuns<T extends NamedRun>(
  runs: readonly T[],
  before: ReadonlyMap<string, string>,
): T[] {
  const used = new Set<string>();
  const kept = runs.map((run) => {
    for (const line of run.ids) {
      const name = before.get(line);
      if (name !== undefined && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
    return null;
  });
  return runs.map((run, i) => {
    let name = kept[i] ?? run.id;
    if (kept[i] === null) {
      for (let n = 2; used.has(name); n += 1) name = `${run.id}#${String(n)}`;
      used.add(name);
    }
    return name === run.id ? run : { ...run, id: name };
  });
}

/** Each line's run name in `runs`, for the next drawing's `namedRuns`. */
export function runNamesByLine(runs: readonly NamedRun[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const run of runs) for (const line of run.ids) names.set(line, run.id);
  return names;
}
