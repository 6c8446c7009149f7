/**
 * Reading the fields of a lesson file: each reader takes an untrusted value
 * and its field path, reports what is wrong through `FieldReport` (never
 * throws), and returns the value or null.
 */
import type { Protocol } from '../../model';
import { PROTOCOLS } from '../../model';
import type { LessonClaim, LessonConnection } from './lesson';

export interface FieldReport {
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b` + `c`, `a` + `[2]`. */
export function pathJoin(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  return parent === '' ? child : `${parent}.${child}`;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return String(value);
}

/** A mapping, with a warning for each field not in `known` (it is ignored). */
export function recordRead(
  value: unknown,
  path: string,
  known: readonly string[],
  report: FieldReport,
): Readonly<Record<string, unknown>> | null {
  if (!isRecord(value)) {
    report.error(path, `must be a mapping, not ${shown(value)}`);
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report.warn(pathJoin(path, key), `unknown field, ignored (expected ${known.join(', ')})`);
    }
  }
  return value;
}

/** A string; an empty one is refused unless `allowEmpty`. */
export function textRead(
  value: unknown,
  path: string,
  report: FieldReport,
  allowEmpty = false,
): string | null {
  if (value === undefined) {
    report.error(path, 'is required');
    return null;
  }
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    report.error(path, `must be ${allowEmpty ? 'a' : 'a non-empty'} string, not ${shown(value)}`);
    return null;
  }
  return value;
}

/** A list, possibly empty. */
export function listRead(value: unknown, path: string, report: FieldReport): unknown[] | null {
  if (!Array.isArray(value)) {
    report.error(path, `must be a list, not ${shown(value)}`);
    return null;
  }
  return value as unknown[];
}

function portRead(value: unknown, path: string, report: FieldReport): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535) {
    return value;
  }
  report.error(path, `must be a port number from 1 to 65535, not ${shown(value)}`);
  return null;
}

function protocolRead(value: unknown, path: string, report: FieldReport): Protocol | null {
  if (value === undefined) return 'TCP';
  const protocol = PROTOCOLS.find((p) => p === value);
  if (protocol !== undefined) return protocol;
  report.error(path, `must be one of ${PROTOCOLS.join(', ')}, not ${shown(value)}`);
  return null;
}

/** `true` or `false`. */
export function flagRead(value: unknown, path: string, report: FieldReport): boolean | null {
  if (typeof value === 'boolean') return value;
  report.error(path, `must be true or false, not ${shown(value)}`);
  return null;
}

const CONNECTION_FIELDS = ['from', 'to', 'port', 'protocol'];
const CLAIM_FIELDS = [...CONNECTION_FIELDS, 'allowed'];

function connectionOfRecord(
  record: Readonly<Record<string, unknown>>,
  path: string,
  report: FieldReport,
): LessonConnection | null {
  const from = textRead(record.from, pathJoin(path, 'from'), report);
  const to = textRead(record.to, pathJoin(path, 'to'), report);
  const port = portRead(record.port, pathJoin(path, 'port'), report);
  const protocol = protocolRead(record.protocol, pathJoin(path, 'protocol'), report);
  if (from === null || to === null || port === null || protocol === null) return null;
  return { from, to, port, protocol };
}

/** `{from, to, port, protocol?}`; the protocol defaults to TCP. */
export function connectionRead(
  value: unknown,
  path: string,
  report: FieldReport,
): LessonConnection | null {
  const record = recordRead(value, path, CONNECTION_FIELDS, report);
  return record === null ? null : connectionOfRecord(record, path, report);
}

/** `{from, to, port, protocol?, allowed}`. */
export function claimRead(value: unknown, path: string, report: FieldReport): LessonClaim | null {
  const record = recordRead(value, path, CLAIM_FIELDS, report);
  if (record === null) return null;
  const connection = connectionOfRecord(record, path, report);
  const { allowed } = record;
  if (typeof allowed !== 'boolean') {
    const why =
      allowed === undefined ? 'is required' : `must be true or false, not ${shown(allowed)}`;
    report.error(pathJoin(path, 'allowed'), why);
    return null;
  }
  return connection === null ? null : { ...connection, allowed };
}
