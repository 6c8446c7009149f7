/** Reading plain values loaded from YAML, whose shape nothing guarantees. */

export type RawRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `value` is a mapping, else undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The value at a chain of keys (`['spec', 'template', 'metadata']`), or undefined. */
export function fieldAt(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) current = fieldOf(current, key);
  return current;
}

export function stringAt(value: unknown, keys: readonly string[]): string | undefined {
  const found = fieldAt(value, keys);
  return typeof found === 'string' ? found : undefined;
}

/** The items of a list, or [] when it is absent, null or not a list. */
export function listAt(value: unknown, keys: readonly string[]): readonly unknown[] {
  const found = fieldAt(value, keys);
  return Array.isArray(found) ? (found as readonly unknown[]) : [];
}

/**
 * A string map (labels, annotations) with its keys sorted, without the keys in
 * `drop`. A key without a value is the empty string, as the API server stores
 * it (`labels: {app: }` is `app: ""`); other entries whose value is not a
 * string are left out (the validators report them).
 */
export function stringMapOf(value: unknown, drop: readonly string[] = []): Record<string, string> {
  const map: Record<string, string> = {};
  if (!isRecord(value)) return map;
  for (const key of Object.keys(value).sort()) {
    const entry = value[key];
    if (drop.includes(key)) continue;
    if (typeof entry === 'string') map[key] = entry;
    else if (entry === null) map[key] = '';
  }
  return map;
}
