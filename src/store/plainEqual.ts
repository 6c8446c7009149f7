/**
 * Deep equality of plain data, to keep the objects that did not change: the
 * canvas's nodes and edges (`canvas/sharedById.ts`), and the lines the
 * derivation worker sends again after an edit (`worker/lineParts.ts`). Primitives, arrays
 * and plain objects only: anything else (a Map, a Set, a Date has no keys of its own to compare)
 * is equal only to itself, so that such a value added to a line one day is never taken for the
 * one on show.
 */
function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function plainEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => plainEqual(item, b[i]));
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((k) => Object.hasOwn(right, k) && plainEqual(left[k], right[k]));
}
