/** "Did you mean …?": the candidates closest to a mistyped name. */

/**
 * Edits between two names (insert, delete, replace, or swap two neighbours: the
 * optimal string alignment distance), capped: `cap + 1` as soon as it exceeds `cap`.
 */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/**
 * Candidates within `maxDistance` edits of `name` (case-insensitive), or that
 * contain it / end with it (a bare pod name against `ns/name`), best first, at most `limit`.
 */
export function closeNames(
  name: string,
  candidates: readonly string[],
  maxDistance: number,
  limit = 5,
): string[] {
  const wanted = name.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower, maxDistance);
    if (distance <= maxDistance) scored.push({ candidate, score: distance });
    else if (wanted.length >= 2 && lower.includes(wanted)) {
      scored.push({ candidate, score: maxDistance + 1 });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}
