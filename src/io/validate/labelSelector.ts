/**
 * A label selector as the API server checks it (`ValidateLabelSelector`), for
 * `spec.podSelector` and the `podSelector`/`namespaceSelector` of every peer:
 *
 * ```yaml
 * podSelector:
 *   matchLabels: {app: web}            # qualified-name keys, label values
 *   matchExpressions:
 *     - {key: tier, operator: In, values: [frontend]}   # In/NotIn need values
 *     - {key: canary, operator: DoesNotExist}            # Exists/DoesNotExist forbid them
 * ```
 *
 * Operators are case-sensitive; `Gt` and `Lt` exist only in node selectors.
 */
import { labelValueErrors, qualifiedNameErrors } from './k8sNames';
import {
  forbiddenValue,
  invalidValue,
  pathChild,
  pathIndex,
  requiredValue,
  type PathIssue,
} from '../text/pathIssue';
import { rawField, readList, readRecord, readString } from '../objects/rawValues';
import { checkKnownFields, closestField, fieldHome } from './unknownFields';
import { validateLabels } from './objectMeta';

const SELECTOR_FIELDS: readonly string[] = ['matchLabels', 'matchExpressions'];
const REQUIREMENT_FIELDS: readonly string[] = ['key', 'operator', 'values'];
const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** `podSelector: {app: web}` is a common slip for `podSelector: {matchLabels: {app: web}}`. */
function selectorFieldHint(name: string): string {
  if (closestField(name, SELECTOR_FIELDS) !== undefined || fieldHome(name) !== undefined) return '';
  return `a selector holds only matchLabels and matchExpressions: labels go under matchLabels, e.g. {matchLabels: {${name}: …}}`;
}

function operatorHint(operator: string): string {
  if (operator === 'Gt' || operator === 'Lt')
    return 'Gt and Lt are node-selector operators; a label selector takes In, NotIn, Exists or DoesNotExist';
  const sameLetters = OPERATORS.find((op) => op.toLowerCase() === operator.toLowerCase());
  if (sameLetters !== undefined)
    return `operators are case-sensitive: did you mean "${sameLetters}"?`;
  return 'must be In, NotIn, Exists or DoesNotExist';
}

function validateRequirement(
  raw: unknown,
  path: string,
  strict: boolean,
  issues: PathIssue[],
): void {
  // A null entry decodes to the zero requirement: no key, no operator.
  const req = raw === null ? {} : readRecord(raw, path, issues);
  if (req === undefined) return;
  if (strict) checkKnownFields(req, REQUIREMENT_FIELDS, path, issues);

  const valuesPath = pathChild(path, 'values');
  const rawValues = rawField(req, 'values');
  const valuesList = readList(rawValues, valuesPath, issues);
  if (valuesList === undefined && rawValues !== undefined) return; // wrong type, reported
  const values = valuesList ?? [];
  const operatorPath = pathChild(path, 'operator');
  const rawOperator = rawField(req, 'operator');
  const operator = readString(rawOperator, operatorPath, issues);
  if (operator !== undefined || rawOperator === undefined) {
    switch (operator ?? '') {
      case 'In':
      case 'NotIn':
        if (values.length === 0)
          issues.push(
            requiredValue(valuesPath, "must be specified when `operator` is 'In' or 'NotIn'"),
          );
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0)
          issues.push(
            forbiddenValue(
              valuesPath,
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        break;
      default:
        issues.push(
          invalidValue(
            operatorPath,
            operator ?? '',
            `not a valid selector operator (${operatorHint(operator ?? '')})`,
          ),
        );
    }
  }

  const keyPath = pathChild(path, 'key');
  const rawKey = rawField(req, 'key');
  const key = readString(rawKey, keyPath, issues);
  if (key !== undefined || rawKey === undefined) {
    for (const msg of qualifiedNameErrors(key ?? ''))
      issues.push(invalidValue(keyPath, key ?? '', msg));
  }

  values.forEach((value, i) => {
    const valuePath = pathIndex(valuesPath, i);
    const text = value === null ? '' : readString(value, valuePath, issues);
    if (text === undefined) return;
    for (const msg of labelValueErrors(text)) issues.push(invalidValue(valuePath, text, msg));
  });
}

/** Checks one selector; `strict` makes unknown fields errors (NetworkPolicy). */
export function validateLabelSelector(
  raw: unknown,
  path: string,
  strict: boolean,
  issues: PathIssue[],
): void {
  const selector = readRecord(raw, path, issues);
  if (selector === undefined) return;
  if (strict) checkKnownFields(selector, SELECTOR_FIELDS, path, issues, selectorFieldHint);
  validateLabels(rawField(selector, 'matchLabels'), pathChild(path, 'matchLabels'), issues);
  const expressionsPath = pathChild(path, 'matchExpressions');
  const expressions = readList(rawField(selector, 'matchExpressions'), expressionsPath, issues);
  expressions?.forEach((req, i) => {
    validateRequirement(req, pathIndex(expressionsPath, i), strict, issues);
  });
}
