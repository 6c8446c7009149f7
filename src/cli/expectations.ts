/**
 * The expectations file of `check`: a YAML list (or `{expectations: [...]}`)
 * of connections and whether each must be allowed.
 *
 * ```yaml
 * - {from: prod/api, to: prod/db, port: 3306, allowed: true}
 * - {from: prod/web, to: prod/db, port: 3306, protocol: TCP, allowed: false}
 * - {from: prod/web, to: prod/db, port: mysql, allowed: false}   # a port name of the destination
 * ```
 */
import type { Issue, Protocol } from '../model';
import { PROTOCOLS } from '../model';
import { closeNames } from './closeNames';
import { portNameIs } from './namedPort';

/** Where a path of the `document`-th YAML document was written; line 0 when unknown. */
export type Locate = (document: number, path: string) => { line: number; column: number };

export interface Expectation {
  /** Position in the file, from 0, across documents. */
  readonly index: number;
  /** `expectations[3]` or `[3]`: where the item is, for messages. */
  readonly path: string;
  readonly from: string;
  readonly to: string;
  /** A number, or a port name (`serve-80-tcp`) looked up on the destination pod. */
  readonly port: number | string;
  readonly protocol: Protocol;
  readonly allowed: boolean;
  /** The line and column of the item (0 when unknown). */
  readonly line: number;
  readonly column: number;
}

const FIELDS = ['from', 'to', 'port', 'protocol', 'allowed'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function itemRead(
  item: unknown,
  index: number,
  path: string,
  problem: (path: string, message: string) => void,
  at: { line: number; column: number },
): Expectation | null {
  if (!isRecord(item)) {
    problem(
      path,
      `each expectation must be a mapping {from, to, port, protocol?, allowed}, not ${show(item)}`,
    );
    return null;
  }
  const wrong: string[] = [];
  const fail = (field: string, message: string): void => {
    wrong.push(field);
    problem(field === '' ? path : `${path}.${field}`, message);
  };
  for (const key of Object.keys(item)) {
    if (FIELDS.includes(key)) continue;
    const near = closeNames(key, FIELDS, 2);
    fail(
      key,
      `unknown field${near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : ''}; expected ${FIELDS.join(', ')}`,
    );
  }
  for (const field of ['from', 'to'] as const) {
    const value = item[field];
    if (value === undefined)
      fail('', `missing ${field} (a pod namespace/name, an IP or an external endpoint)`);
    else if (typeof value !== 'string' || value.trim() === '')
      fail(field, `must be a pod namespace/name or an IP, not ${show(value)}`);
  }
  const { port, protocol, allowed } = item;
  if (port === undefined) fail('', 'missing port (a number from 1 to 65535)');
  else if (typeof port === 'string' && portNameIs(port)) {
    // A port name: resolved against the destination once the pods are known.
  } else if (typeof port === 'string') {
    fail(
      'port',
      `must be a number from 1 to 65535 or a port name (serve-80-tcp), not ${show(port)}`,
    );
  } else if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    fail('port', `must be a number from 1 to 65535, not ${show(port)}`);
  }
  const upper = typeof protocol === 'string' ? protocol.toUpperCase() : undefined;
  const known = PROTOCOLS.find((p) => p === upper);
  if (protocol !== undefined && known === undefined)
    fail('protocol', `must be TCP, UDP or SCTP, not ${show(protocol)}`);
  if (allowed === undefined) fail('', 'missing allowed (true or false)');
  else if (typeof allowed !== 'boolean')
    fail('allowed', `must be true or false, not ${show(allowed)}`);
  if (wrong.length > 0) return null;
  return {
    index,
    path,
    from: String(item.from).trim(),
    to: String(item.to).trim(),
    port: port as number | string,
    protocol: known ?? 'TCP',
    allowed: allowed as boolean,
    ...at,
  };
}

/**
 * Reads the parsed YAML documents of the file; every problem is an issue, at
 * its line when `locate` is given. Paths number the items across documents.
 */
export function expectationsRead(
  documents: readonly unknown[],
  file: string,
  locate: Locate = () => ({ line: 0, column: 0 }),
): { expectations: Expectation[]; issues: Issue[] } {
  const expectations: Expectation[] = [];
  const issues: Issue[] = [];
  /** The document being read, and how its own paths start (`[3]` is `[0]` in a second document). */
  let here = { document: 0, base: 0 };
  const problem = (path: string, message: string): void => {
    const local = path.replace(/\[(\d+)\]/, (_m, n: string) => `[${Number(n) - here.base}]`);
    const { line, column } = locate(here.document, local);
    issues.push({ file, line, column, path, severity: 'error', message });
  };
  let index = 0;
  for (const [number, document] of documents.entries()) {
    here = { document: number, base: index };
    if (document === null || document === undefined) continue;
    let items: unknown;
    let prefix = '';
    if (Array.isArray(document)) items = document;
    else if (isRecord(document) && 'expectations' in document) {
      items = document.expectations;
      prefix = 'expectations';
      const extra = Object.keys(document).filter((k) => k !== 'expectations');
      if (extra.length > 0)
        problem(extra[0] ?? '', 'unknown field; the file holds only expectations');
      if (!Array.isArray(items)) {
        problem('expectations', 'must be a list of {from, to, port, protocol?, allowed}');
        continue;
      }
    } else {
      problem(
        '',
        'expected a list of {from, to, port, protocol?, allowed} (or {expectations: [...]})',
      );
      continue;
    }
    for (const item of items as unknown[]) {
      const path = `${prefix}[${index}]`;
      const at = locate(number, `${prefix}[${index - here.base}]`);
      const read = itemRead(item, index, path, problem, at);
      if (read !== null) expectations.push(read);
      index++;
    }
  }
  if (index === 0 && issues.length === 0) problem('', 'the file holds no expectations');
  return { expectations, issues };
}
