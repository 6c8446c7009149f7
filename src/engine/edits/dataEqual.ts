/**
 * Structural equality of plain data (objects, arrays, strings, numbers,
 * booleans, null): what an edit compares to decide that nothing changed, so
 * it can return the same document object.
 */
export function dataEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => dataEqual(item, b[i]));
  }
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return (
    keys.length === otherKeys.length &&
    keys.every((k) => Object.hasOwn(right, k) && dataEqual(left[k], right[k]))
  );
}
