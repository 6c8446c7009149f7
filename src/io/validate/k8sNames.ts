/**
 * Kubernetes name syntaxes, as the API server checks them (apimachinery
 * `util/validation` and `api/validate/content`). Each rule comes as a predicate
 * (`isDns1123Label`) for forms and as an `…Errors` function that returns the API
 * server's own messages, word for word, for the validator.
 *
 * Lengths are counted in UTF-8 bytes, as Go's `len(string)` does.
 */
import { utf8Length } from '../text/utf8Length';

export { utf8Length };

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;

const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const LABEL_KEY_RE = new RegExp(`^${LABEL_KEY_FMT}$`);
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const LABEL_VALUE_MAX_LENGTH = 63;
const LABEL_KEY_NAME_MAX_LENGTH = 63;
const PORT_NAME_MAX_LENGTH = 15;

/** `must be no more than N bytes` (apimachinery `MaxLenError`). */
export function maxLenError(length: number): string {
  return `must be no more than ${length} bytes`;
}

/** apimachinery `RegexError`, including its double space before "or". */
function regexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((example, i) => {
    if (i > 0) out += ' or ';
    out += `'${example}', `;
  });
  return `${out}regex used for validation is '${re}')`;
}

const EMPTY_ERROR = 'must be non-empty';

/** A DNS-1123 label (`my-name`): namespace names, StatefulSet names. At most 63 bytes. */
export function dns1123LabelErrors(value: string): string[] {
  // What matches is ASCII, so its length in characters is its length in bytes.
  if (value.length <= DNS1123_LABEL_MAX_LENGTH && DNS1123_LABEL_RE.test(value)) return [];
  const errs: string[] = [];
  if (utf8Length(value) > DNS1123_LABEL_MAX_LENGTH)
    errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL_RE.test(value)) {
    if (DNS1123_SUBDOMAIN_RE.test(value)) errs.push('must not contain dots');
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          DNS1123_LABEL_FMT,
          'my-name',
          '123-abc',
        ),
      );
  }
  return errs;
}

export function isDns1123Label(value: string): boolean {
  return dns1123LabelErrors(value).length === 0;
}

/** A DNS-1123 subdomain (`example.com`): most object names. At most 253 bytes. */
export function dns1123SubdomainErrors(value: string): string[] {
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && DNS1123_SUBDOMAIN_RE.test(value)) return [];
  const errs: string[] = [];
  if (utf8Length(value) > DNS1123_SUBDOMAIN_MAX_LENGTH)
    errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN_RE.test(value))
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT,
        'example.com',
      ),
    );
  return errs;
}

export function isDns1123Subdomain(value: string): boolean {
  return dns1123SubdomainErrors(value).length === 0;
}

const LABEL_KEY_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/**
 * A qualified name, i.e. a label key: `[prefix/]name`. The optional prefix is a
 * DNS-1123 subdomain; the name is at most 63 bytes, alphanumeric at both ends, with
 * `-`, `_`, `.` inside (uppercase allowed): `app`, `app.kubernetes.io/name`.
 */
export function qualifiedNameErrors(value: string): string[] {
  // Most keys have no prefix (`app`, `tier`): the name part alone, which holds no `/`.
  if (value.length <= LABEL_KEY_NAME_MAX_LENGTH && LABEL_KEY_RE.test(value)) return [];
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) errs.push(`prefix part ${EMPTY_ERROR}`);
    else errs.push(...dns1123SubdomainErrors(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a valid label key ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push(`name part ${EMPTY_ERROR}`);
  else if (utf8Length(name) > LABEL_KEY_NAME_MAX_LENGTH)
    errs.push(`name part ${maxLenError(LABEL_KEY_NAME_MAX_LENGTH)}`);
  if (!LABEL_KEY_RE.test(name))
    errs.push(
      `name part ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`,
    );
  return errs;
}

export function isQualifiedName(value: string): boolean {
  return qualifiedNameErrors(value).length === 0;
}

/** A label value: empty, or at most 63 bytes, alphanumeric at both ends, `-_.` inside. */
export function labelValueErrors(value: string): string[] {
  if (value.length <= LABEL_VALUE_MAX_LENGTH && LABEL_VALUE_RE.test(value)) return [];
  const errs: string[] = [];
  if (utf8Length(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!LABEL_VALUE_RE.test(value))
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  return errs;
}

export function isLabelValue(value: string): boolean {
  return labelValueErrors(value).length === 0;
}

/**
 * An IANA_SVC_NAME, the syntax of a port name (`containerPort` names and
 * string `port`s in policies): 1 to 15 characters of `[-a-z0-9]`, at least one
 * letter, no leading/trailing or double hyphen. `"80"` is not one: it has no letter.
 */
export function ianaSvcNameErrors(value: string): string[] {
  const errs: string[] = [];
  if (utf8Length(value) > PORT_NAME_MAX_LENGTH) errs.push(maxLenError(PORT_NAME_MAX_LENGTH));
  if (!/^[-a-z0-9]+$/.test(value))
    errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(value)) errs.push('must contain at least one letter (a-z)');
  if (value.includes('--')) errs.push('must not contain consecutive hyphens');
  if (value.startsWith('-') || value.endsWith('-'))
    errs.push('must not begin or end with a hyphen');
  return errs;
}

export function isIanaSvcName(value: string): boolean {
  return ianaSvcNameErrors(value).length === 0;
}

/** A port number: 1..65535 (0 is not a port; leave the field out instead). */
export function portNumberErrors(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535
    ? []
    : ['must be between 1 and 65535, inclusive'];
}

export function isPortNumber(port: number): boolean {
  return portNumberErrors(port).length === 0;
}
