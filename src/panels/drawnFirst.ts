/**
 * The entries a long list draws: its first `limit`, or every one once the user asked for all,
 * or when one that must be in sight (the picked policy, the finding shown) lies past them. A
 * dump's 1,000 policies or hundreds of findings took their tab hundreds of milliseconds to draw.
 */
export function drawnFirst<T>(
  entries: readonly T[],
  limit: number,
  all: boolean,
  inSight: (entry: T) => boolean,
): readonly T[] {
  if (all || entries.length <= limit) return entries;
  return entries.slice(limit).some(inSight) ? entries : entries.slice(0, limit);
}
