/**
 * ../shared/k8s-validation.md section 2: label selectors, in spec.podSelector and in
 * the podSelector/namespaceSelector of peers, with the upstream invalid examples.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectErrors, policyWith, type Case, type Raw } from './networkPolicy.testkit';

const BAD_KEY = 'NoUppercaseOrSpecialCharsLike=Equals';

function from(peer: unknown): Raw {
  return { ingress: [{ from: [peer] }] };
}

describe('2. label selectors', () => {
  const sel = (selector: unknown): Raw => ({ podSelector: selector });
  const expr = (e: unknown): Raw => sel({ matchExpressions: [e] });
  const at = 'spec.podSelector.matchExpressions[0]';
  it.each<Case>([
    [
      'a key with = in spec.podSelector (upstream "invalid spec.podSelector")',
      policyWith(sel({ matchLabels: { [BAD_KEY]: 'b' } })),
      [
        `spec.podSelector.matchLabels["${BAD_KEY}"]: Invalid value: "${BAD_KEY}": name part must consist of`,
      ],
    ],
    [
      'the same in an ingress peer (upstream "invalid ingress.from.podSelector")',
      policyWith(from({ podSelector: { matchLabels: { [BAD_KEY]: 'b' } } })),
      [`spec.ingress[0].from[0].podSelector.matchLabels["${BAD_KEY}"]: Invalid value`],
    ],
    [
      'the same in an egress peer (upstream "invalid egress.to.podSelector")',
      policyWith({ egress: [{ to: [{ podSelector: { matchLabels: { [BAD_KEY]: 'b' } } }] }] }),
      [`spec.egress[0].to[0].podSelector.matchLabels["${BAD_KEY}"]: Invalid value`],
    ],
    [
      'the same in a namespaceSelector (upstream "invalid ingress.from.namespaceSelector")',
      policyWith(from({ namespaceSelector: { matchLabels: { [BAD_KEY]: 'b' } } })),
      [`spec.ingress[0].from[0].namespaceSelector.matchLabels["${BAD_KEY}"]: Invalid value`],
    ],
    [
      'In without values',
      policyWith(expr({ key: 'pod', operator: 'In' })),
      [`${at}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    ],
    [
      'In with empty values',
      policyWith(expr({ key: 'pod', operator: 'In', values: [] })),
      [`${at}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    ],
    [
      'NotIn without values',
      policyWith(expr({ key: 'pod', operator: 'NotIn' })),
      [`${at}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    ],
    [
      'Exists with values',
      policyWith(expr({ key: 'pod', operator: 'Exists', values: ['a'] })),
      [
        `${at}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
      ],
    ],
    [
      'DoesNotExist with values',
      policyWith(expr({ key: 'pod', operator: 'DoesNotExist', values: ['a'] })),
      [
        `${at}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
      ],
    ],
    [
      'Gt, a node-selector operator',
      policyWith(expr({ key: 'pod', operator: 'Gt', values: ['1'] })),
      [
        `${at}.operator: Invalid value: "Gt": not a valid selector operator (Gt and Lt are node-selector operators`,
      ],
    ],
    [
      'Lt, a node-selector operator',
      policyWith(expr({ key: 'pod', operator: 'Lt', values: ['1'] })),
      [
        `${at}.operator: Invalid value: "Lt": not a valid selector operator (Gt and Lt are node-selector operators`,
      ],
    ],
    [
      'a lowercase operator',
      policyWith(expr({ key: 'pod', operator: 'in', values: ['a'] })),
      [
        `${at}.operator: Invalid value: "in": not a valid selector operator (operators are case-sensitive: did you mean "In"?)`,
      ],
    ],
    [
      'no operator',
      policyWith(expr({ key: 'pod' })),
      [`${at}.operator: Invalid value: "": not a valid selector operator`],
    ],
    [
      'a bad key in an expression',
      policyWith(expr({ key: 'a b', operator: 'Exists' })),
      [`${at}.key: Invalid value: "a b": name part must consist of`],
    ],
    [
      'a bad value in an expression',
      policyWith(expr({ key: 'pod', operator: 'In', values: ['ok', 'a b'] })),
      [`${at}.values[1]: Invalid value: "a b": a valid label must be`],
    ],
    [
      'a space in a label value',
      policyWith(sel({ matchLabels: { pod: 'a b' } })),
      [
        'spec.podSelector.matchLabels.pod: Invalid value: "a b": a valid label must be an empty string',
      ],
    ],
    [
      'a label value of 64 characters',
      policyWith(sel({ matchLabels: { pod: 'v'.repeat(64) } })),
      [
        `spec.podSelector.matchLabels.pod: Invalid value: "${'v'.repeat(64)}": must be no more than 63 bytes`,
      ],
    ],
  ])('rejects %s', (_what, raw, expected) => {
    expectErrors(raw, expected);
  });

  it.each<[string, Raw]>([
    ['an empty podSelector', sel({})],
    ['an empty matchLabels', sel({ matchLabels: {} })],
    [
      'every operator used rightly',
      sel({
        matchExpressions: [
          { key: 'a', operator: 'In', values: ['x', 'y'] },
          { key: 'b', operator: 'NotIn', values: ['z'] },
          { key: 'app.kubernetes.io/name', operator: 'Exists' },
          { key: 'c', operator: 'DoesNotExist', values: [] },
        ],
      }),
    ],
    ['an empty label value in a selector', sel({ matchLabels: { a: '' } })],
  ])('accepts %s', (_what, spec) => {
    expect(errorsOf(policyWith(spec))).toEqual([]);
  });
});
