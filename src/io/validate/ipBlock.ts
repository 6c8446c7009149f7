/**
 * `ipBlock` as the API server checks it (`ValidateIPBlock`):
 *
 * ```yaml
 * ipBlock:
 *   cidr: 192.168.0.0/16         # required, IPv4 or IPv6, with a prefix length
 *   except: [192.168.3.0/24]     # each a strict subset of cidr
 * ```
 *
 * Legacy forms (host bits set, leading zeros, IPv4-mapped IPv6, non-canonical IPv6)
 * are accepted with the API server's warnings.
 */
import { cidrTextParse, ipTextParse, type CidrText } from '../../engine';
import { cidrTextIsStrictSubset, cidrTextWarnings } from './cidrRules';
import {
  invalidValue,
  issueWarning,
  pathChild,
  pathIndex,
  requiredValue,
  type PathIssue,
} from '../text/pathIssue';
import { rawField, readList, readRecord, readString } from '../objects/rawValues';
import { checkKnownFields } from './unknownFields';

const IP_BLOCK_FIELDS: readonly string[] = ['cidr', 'except'];
const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** Why a text is not a CIDR, when we can tell more than the API server does. */
function cidrHint(value: string): string {
  if (value.trim() !== value && cidrTextParse(value.trim()) !== null)
    return ' (remove the spaces around it)';
  const ip = ipTextParse(value);
  if (ip !== null)
    return ` (an address needs a prefix length: ${JSON.stringify(`${value}/${ip.bytes.length * 8}`)} is this one address)`;
  return '';
}

/** Parses one CIDR field, pushing the error or the legacy-form warnings. */
function checkCidr(value: string, path: string, issues: PathIssue[]): CidrText | null {
  const parsed = cidrTextParse(value);
  if (parsed === null) {
    issues.push(invalidValue(path, value, INVALID_CIDR + cidrHint(value)));
    return null;
  }
  for (const warning of cidrTextWarnings(value)) issues.push(issueWarning(path, warning));
  return parsed;
}

export function validateIpBlock(
  raw: unknown,
  path: string,
  strict: boolean,
  issues: PathIssue[],
): void {
  const block = readRecord(raw, path, issues);
  if (block === undefined) return;
  if (strict) checkKnownFields(block, IP_BLOCK_FIELDS, path, issues);

  const cidrPath = pathChild(path, 'cidr');
  const rawCidr = rawField(block, 'cidr');
  const cidrValue = readString(rawCidr, cidrPath, issues);
  const exceptPath = pathChild(path, 'except');
  const excepts = readList(rawField(block, 'except'), exceptPath, issues) ?? [];
  if (cidrValue === undefined && rawCidr !== undefined) return; // wrong type, reported
  if (cidrValue === undefined || cidrValue === '') {
    issues.push(requiredValue(cidrPath, 'an ipBlock needs a cidr, e.g. 192.168.5.10/32'));
    return;
  }
  const cidr = checkCidr(cidrValue, cidrPath, issues);
  if (cidr === null) return;

  excepts.forEach((rawExcept, i) => {
    const at = pathIndex(exceptPath, i);
    const text = rawExcept === null ? '' : readString(rawExcept, at, issues);
    if (text === undefined) return;
    const except = checkCidr(text, at, issues);
    if (except !== null && !cidrTextIsStrictSubset(except, cidr))
      issues.push(invalidValue(at, text, 'must be a strict subset of `cidr`'));
  });
}
