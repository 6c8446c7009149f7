/**
 * A problem in one object, located by its field path, and the constructors that
 * word it the way the API server's `field.Error` does (`Invalid value: 0: must be
 * between 1 and 65535, inclusive`), so that a user sees what `kubectl create -f`
 * would print.
 */
export interface PathIssue {
  /** Relative to the object: `spec.ingress[0].from[1].ipBlock.cidr`, `metadata.labels["app.kubernetes.io/name"]`. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * `base.key`, or `base["key.with/dots"]` when the key is not a plain word (control
 * characters escaped, see `textPrintable`).
 */
export function pathChild(base: string, key: string): string {
  if (PLAIN_KEY.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${textPrintable(JSON.stringify(key))}]`;
}

export function pathIndex(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Longest text quoted whole in a message; a longer one is cut (a 100 KB label value is one line). */
export const MAX_QUOTED_CHARS = 100;

/**
 * Characters a terminal acts on, or that change how a line reads: C0 controls (ESC starts a
 * sequence that can clear the screen, CR returns to the start of the line, BEL rings), DEL,
 * C1 controls (U+009B is a one-character ESC [), the line and paragraph separators, and the
 * bidirectional marks and overrides that reorder what is shown.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOf(char: string): string {
  const json = JSON.stringify(char).slice(1, -1);
  if (json !== char) return json;
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` safe to print in a terminal: each character of `UNPRINTABLE` is written as JSON
 * writes an escape (`\u001b`, `\r`, `\u009b`, `\u2028`), so a name read from a file can
 * neither move the cursor, clear the screen nor start a new line. Every message of the
 * command line goes through here (names, kinds and file names included).
 */
export function textPrintable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOf);
}

/**
 * A text as a message quotes it: in double quotes, control characters escaped (see
 * `textPrintable`), and cut after `MAX_QUOTED_CHARS` with its length given, e.g.
 * `"aaaa…" (100000 characters)`.
 */
export function quoteText(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return textPrintable(JSON.stringify(text));
  const head = JSON.stringify(text.slice(0, MAX_QUOTED_CHARS - 20)).slice(0, -1);
  return `${textPrintable(head)}…" (${text.length} characters)`;
}

/** A bad value as Go prints it: strings quoted, numbers and booleans bare, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) return textPrintable(String(value));
    const shown =
      json.length <= MAX_QUOTED_CHARS ? json : `${json.slice(0, MAX_QUOTED_CHARS - 20)}…`;
    return textPrintable(shown);
  } catch {
    return textPrintable(String(value));
  }
}

export function issueError(path: string, message: string): PathIssue {
  return { path, severity: 'error', message };
}

export function issueWarning(path: string, message: string): PathIssue {
  return { path, severity: 'warning', message };
}

/** `field.Invalid`: `Invalid value: "Allow_All": <detail>`. */
export function invalidValue(path: string, value: unknown, detail: string): PathIssue {
  return issueError(path, `Invalid value: ${formatValue(value)}: ${detail}`);
}

/** `field.Required`: `Required value[: detail]`. */
export function requiredValue(path: string, detail = ''): PathIssue {
  return issueError(path, detail === '' ? 'Required value' : `Required value: ${detail}`);
}

/** `field.Forbidden`: `Forbidden: <detail>`. */
export function forbiddenValue(path: string, detail: string): PathIssue {
  return issueError(path, `Forbidden: ${detail}`);
}

/** `field.NotSupported`: `Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`. */
export function unsupportedValue(
  path: string,
  value: unknown,
  supported: readonly string[],
): PathIssue {
  const list = supported.map((s) => JSON.stringify(s)).join(', ');
  return issueError(path, `Unsupported value: ${formatValue(value)}: supported values: ${list}`);
}
