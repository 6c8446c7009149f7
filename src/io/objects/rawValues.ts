/**
 * Reading raw decoded YAML the way kubectl's strict decoder does: every field must
 * have its JSON type. YAML turns an unquoted `true` into a boolean and `1.0` into a
 * number (the YAML 1.1-only words `yes`, `on`, `y`… are read as text, with a warning
 * from the loader), so
 *
 * ```yaml
 * matchLabels:
 *   enabled: true    # a boolean: kubectl rejects it; write "true"
 *   version: 1.0     # a number: kubectl rejects it; write "1.0"
 * ```
 *
 * `null` is Go's zero value: an absent optional field (the readers return undefined
 * without an issue), and `""` for a string.
 */
import { issueError, issueWarning, quoteText, type PathIssue } from '../text/pathIssue';

export type RawRecord = Readonly<Record<string, unknown>>;

/** A plain mapping (not a list, a date or another object). */
export function isRecord(value: unknown): value is RawRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The field `key` of `obj` (own properties only); null reads as absent. */
export function rawField(obj: RawRecord, key: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  const value = obj[key];
  return value === null ? undefined : value;
}

/** How a value reads to a person: `a boolean`, `the number 80`, `a list`. */
export function describeRaw(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the string ${quoteText(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  if (isRecord(value)) return 'a mapping';
  return 'an unsupported value';
}

/** The message for a value that should have been a string. */
export function notAStringMessage(value: unknown): string {
  if (typeof value === 'boolean')
    return 'must be a string, not a boolean: YAML reads an unquoted yes/no/on/off/true/false as a boolean, so write the value in quotes (e.g. "yes")';
  if (typeof value === 'number')
    return `must be a string, not the number ${value}: write the value in quotes, exactly as you mean it (e.g. "1.0", not 1.0)`;
  if (value instanceof Date) return 'must be a string, not a timestamp: write the value in quotes';
  return `must be a string, not ${describeRaw(value)}`;
}

/** A string field; undefined (with an issue when present but not a string) otherwise. */
export function readString(value: unknown, path: string, issues: PathIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  issues.push(issueError(path, notAStringMessage(value)));
  return undefined;
}

/** An integer field (`endPort`, `containerPort`). */
export function readInteger(value: unknown, path: string, issues: PathIssue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[0-9]+$/.test(value.trim()))
    issues.push(
      issueError(path, `must be an integer, not the string ${quoteText(value)}: remove the quotes`),
    );
  else issues.push(issueError(path, `must be an integer, not ${describeRaw(value)}`));
  return undefined;
}

/** A mapping field (`metadata`, `spec`, a selector, a peer). */
export function readRecord(
  value: unknown,
  path: string,
  issues: PathIssue[],
): RawRecord | undefined {
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return value;
  issues.push(issueError(path, `must be a mapping (key: value), not ${describeRaw(value)}`));
  return undefined;
}

/** A list field (`ingress`, `from`, `ports`, `policyTypes`). */
export function readList(
  value: unknown,
  path: string,
  issues: PathIssue[],
): readonly unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value as unknown[];
  let hint = '';
  if (isRecord(value)) hint = ' (start each item with "- ")';
  else if (typeof value === 'string') hint = ` (write it as a list: [${value}])`;
  issues.push(issueError(path, `must be a list, not ${describeRaw(value)}${hint}`));
  return undefined;
}

/**
 * A `map[string]string` (labels, annotations, matchLabels): each value must be a
 * string; `null` values read as `""`. Returns the entries that are strings.
 */
export function readStringMap(
  value: unknown,
  path: string,
  issues: PathIssue[],
  childPath: (key: string) => string,
): [string, string][] {
  const record = readRecord(value, path, issues);
  if (record === undefined) return [];
  const entries: [string, string][] = [];
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v === null || v === undefined) {
      entries.push([key, '']);
      issues.push(
        issueWarning(
          childPath(key),
          'no value: read as the empty string, as the API server stores it; write "" to say so',
        ),
      );
    } else if (typeof v === 'string') entries.push([key, v]);
    else issues.push(issueError(childPath(key), notAStringMessage(v)));
  }
  return entries;
}
