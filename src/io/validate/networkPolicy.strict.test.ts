/**
 * ../shared/k8s-validation.md section 9: how kubectl decodes the file before any
 * rule runs. Strict fields (an unknown field is an error, with a hint) and strict
 * JSON types (a YAML 1.1 boolean or number where a string belongs is an error).
 */
import { describe, expect, it } from 'vitest';
import { validateNetworkPolicy } from './networkPolicy';
import { errorsOf, linesOf, policyWith, type Raw } from './networkPolicy.testkit';

describe('when a field is unknown', () => {
  it.each<[string, Raw, string]>([
    [
      'form for from',
      policyWith({ ingress: [{ form: [{ podSelector: {} }] }] }),
      'spec.ingress[0].form: unknown field "form" (did you mean "from"?)',
    ],
    [
      'from inside an egress rule',
      policyWith({ egress: [{ from: [{ podSelector: {} }] }] }),
      'spec.egress[0].from: unknown field "from" (egress rules list their peers under "to"; "from" is for ingress rules)',
    ],
    [
      'to inside an ingress rule',
      policyWith({ ingress: [{ to: [{ podSelector: {} }] }] }),
      'spec.ingress[0].to: unknown field "to" (ingress rules list their peers under "from"; "to" is for egress rules)',
    ],
    [
      'podselector in lowercase',
      { ...policyWith({}), spec: { podselector: {} } },
      'spec.podselector: unknown field "podselector" (did you mean "podSelector"?)',
    ],
    [
      'a misspelt top-level field',
      { ...policyWith({}), specs: {} },
      'specs: unknown field "specs" (did you mean "spec"?)',
    ],
    [
      'a misspelt metadata field',
      policyWith({}, { name: 'foo', label: { a: 'b' } }),
      'metadata.label: unknown field "label" (did you mean "labels"?)',
    ],
    [
      'ports indented into a peer',
      policyWith({ ingress: [{ from: [{ podSelector: {}, ports: [{ port: 80 }] }] }] }),
      'spec.ingress[0].from[0].ports: unknown field "ports" ("ports" belongs in an ingress or egress rule, beside from/to: check the indentation)',
    ],
    [
      'cidr without ipBlock',
      policyWith({ ingress: [{ from: [{ cidr: '10.0.0.0/8' }] }] }),
      'spec.ingress[0].from[0].cidr: unknown field "cidr" ("cidr" belongs in ipBlock: check the indentation)\nspec.ingress[0].from[0]: Required value: must specify a peer (an empty peer does not mean everyone: for every peer, leave out "from" or write from: [])',
    ],
    [
      'labels written straight into a selector',
      policyWith({ podSelector: { app: 'web' } }),
      'spec.podSelector.app: unknown field "app" (a selector holds only matchLabels and matchExpressions: labels go under matchLabels, e.g. {matchLabels: {app: …}})',
    ],
    [
      'a misspelt matchLabels',
      policyWith({ podSelector: { matchlabel: { app: 'web' } } }),
      'spec.podSelector.matchlabel: unknown field "matchlabel" (did you mean "matchLabels"?)',
    ],
    [
      'a field unknown in a port entry',
      policyWith({ ingress: [{ ports: [{ port: 80, proto: 'TCP' }] }] }),
      'spec.ingress[0].ports[0].proto: unknown field "proto" (did you mean "protocol"?)',
    ],
    [
      'a field unknown in a port entry, with no close match',
      policyWith({ ingress: [{ ports: [{ port: 80, number: 80 }] }] }),
      'spec.ingress[0].ports[0].number: unknown field "number" (known fields here: protocol, port, endPort)',
    ],
    [
      'a field unknown in an ipBlock',
      policyWith({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', exclude: [] } }] }] }),
      'spec.ingress[0].from[0].ipBlock.exclude: unknown field "exclude" (known fields here: cidr, except)',
    ],
    [
      'a field unknown in an expression',
      policyWith({
        podSelector: { matchExpressions: [{ key: 'a', operator: 'Exists', value: [] }] },
      }),
      'spec.podSelector.matchExpressions[0].value: unknown field "value" (did you mean "values"?)',
    ],
  ])('reports %s', (_what, raw, expected) => {
    expect(errorsOf(raw).join('\n')).toEqual(expected);
  });

  it('ignores status, as the API server does', () => {
    expect(validateNetworkPolicy({ ...policyWith({}), status: { anything: [1, 2] } })).toEqual([]);
  });

  it('accepts the server-side metadata of a cluster dump', () => {
    const metadata = {
      name: 'foo',
      namespace: 'bar',
      uid: '0b1c',
      resourceVersion: '',
      generation: 1,
      creationTimestamp: new Date(0),
      deletionTimestamp: null,
      deletionGracePeriodSeconds: 30,
      selfLink: '/apis/networking.k8s.io/v1/namespaces/bar/networkpolicies/foo',
      managedFields: [{ manager: 'kubectl', fieldsV1: { 'f:spec': { 'f:podSelector': null } } }],
      ownerReferences: [],
      finalizers: [],
    };
    expect(validateNetworkPolicy(policyWith({}, metadata))).toEqual([]);
  });
});

describe('when a value has the wrong JSON type', () => {
  it.each<[string, Raw, string]>([
    [
      'an unquoted yes as a label value',
      policyWith({ podSelector: { matchLabels: { enabled: true } } }),
      'spec.podSelector.matchLabels.enabled: must be a string, not a boolean: YAML reads an unquoted yes/no/on/off/true/false as a boolean, so write the value in quotes (e.g. "yes")',
    ],
    [
      'an unquoted 1.0 as a label value',
      policyWith({}, { name: 'foo', labels: { version: 1 } }),
      'metadata.labels.version: must be a string, not the number 1: write the value in quotes, exactly as you mean it (e.g. "1.0", not 1.0)',
    ],
    [
      'a boolean annotation',
      policyWith({}, { name: 'foo', annotations: { 'example.com/flag': false } }),
      'metadata.annotations["example.com/flag"]: must be a string, not a boolean',
    ],
    [
      'a number as the name',
      policyWith({}, { name: 123 }),
      'metadata.name: must be a string, not the number 123',
    ],
    [
      'a boolean in expression values',
      policyWith({
        podSelector: { matchExpressions: [{ key: 'a', operator: 'In', values: [true] }] },
      }),
      'spec.podSelector.matchExpressions[0].values[0]: must be a string, not a boolean',
    ],
    [
      'a quoted port number, which is a port name',
      policyWith({ ingress: [{ ports: [{ port: '8080' }] }] }),
      'spec.ingress[0].ports[0].port: Invalid value: "8080": must contain at least one letter (a-z) (in quotes, "8080" is a port name; for port number 8080 write it without quotes)',
    ],
    [
      'a fractional port',
      policyWith({ ingress: [{ ports: [{ port: 80.5 }] }] }),
      'spec.ingress[0].ports[0].port: must be an integer or a port name, not 80.5',
    ],
    [
      'a boolean port',
      policyWith({ ingress: [{ ports: [{ port: true }] }] }),
      'spec.ingress[0].ports[0].port: must be a port number or a port name (a string), not the boolean true',
    ],
    [
      'a quoted endPort',
      policyWith({ ingress: [{ ports: [{ port: 80, endPort: '90' }] }] }),
      'spec.ingress[0].ports[0].endPort: must be an integer, not the string "90": remove the quotes',
    ],
    [
      'a number as protocol',
      policyWith({ ingress: [{ ports: [{ protocol: 6 }] }] }),
      'spec.ingress[0].ports[0].protocol: must be a string, not the number 6',
    ],
    [
      'a single except instead of a list',
      policyWith({
        ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: '10.1.0.0/16' } }] }],
      }),
      'spec.ingress[0].from[0].ipBlock.except: must be a list, not the string "10.1.0.0/16" (write it as a list: [10.1.0.0/16])',
    ],
    [
      'a number as cidr',
      policyWith({ ingress: [{ from: [{ ipBlock: { cidr: 10 } }] }] }),
      'spec.ingress[0].from[0].ipBlock.cidr: must be a string, not the number 10',
    ],
    [
      'a rule given as a mapping',
      policyWith({ ingress: { from: [] } }),
      'spec.ingress: must be a list, not a mapping (start each item with "- ")',
    ],
    [
      'policyTypes given as one string',
      policyWith({ policyTypes: 'Ingress' }),
      'spec.policyTypes: must be a list, not the string "Ingress" (write it as a list: [Ingress])',
    ],
    [
      'a policyType that is not a string',
      policyWith({ policyTypes: [1] }),
      'spec.policyTypes[0]: must be a string, not the number 1',
    ],
    [
      'a spec that is a string',
      { ...policyWith({}), spec: 'none' },
      'spec: must be a mapping (key: value), not the string "none"',
    ],
    [
      'metadata that is a list',
      policyWith({}, ['foo']),
      'metadata: must be a mapping (key: value), not a list',
    ],
    [
      'a selector that is a list',
      policyWith({ podSelector: [] }),
      'spec.podSelector: must be a mapping (key: value), not a list',
    ],
    [
      'expression values given as one string',
      policyWith({
        podSelector: { matchExpressions: [{ key: 'a', operator: 'NotIn', values: 'x' }] },
      }),
      'spec.podSelector.matchExpressions[0].values: must be a list, not the string "x" (write it as a list: [x])',
    ],
    [
      'an unquoted date as a label value',
      policyWith({}, { name: 'foo', labels: { since: new Date(0) } }),
      'metadata.labels.since: must be a string, not a timestamp: write the value in quotes',
    ],
  ])('reports %s', (_what, raw, expected) => {
    const errors = errorsOf(raw);
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('reports something that is not a mapping at all', () => {
    expect(validateNetworkPolicy('kind: NetworkPolicy')).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'a NetworkPolicy must be a mapping, not the string "kind: NetworkPolicy"',
      },
    ]);
  });
});

describe('when an optional field is null', () => {
  it('reads it as absent, as Go does', () => {
    const spec = {
      podSelector: { matchLabels: null, matchExpressions: null },
      policyTypes: null,
      ingress: [{ from: null, ports: [{ port: null, protocol: null, endPort: null }] }],
      egress: null,
    };
    expect(
      validateNetworkPolicy(policyWith(spec, { name: 'foo', namespace: null, labels: null })),
    ).toEqual([]);
  });

  it('reads a null label value as the empty string, with a warning', () => {
    const issues = validateNetworkPolicy(policyWith({ podSelector: { matchLabels: { a: null } } }));
    expect(linesOf(issues, 'error')).toEqual([]);
    expect(linesOf(issues, 'warning')).toEqual([
      'spec.podSelector.matchLabels.a: no value: read as the empty string, as the API server stores it; write "" to say so',
    ]);
  });

  it('warns that a null rule is {} and allows everything', () => {
    const issues = validateNetworkPolicy(policyWith({ ingress: [null] }));
    expect(linesOf(issues, 'error')).toEqual([]);
    expect(linesOf(issues, 'warning')).toEqual([
      'spec.ingress[0]: an empty list item is the rule {}: it allows all ingress traffic',
    ]);
  });
});

describe('when a part is missing', () => {
  it('warns that a policy without spec denies all ingress of every pod', () => {
    const issues = validateNetworkPolicy({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'foo' },
    });
    expect(linesOf(issues, 'error')).toEqual([]);
    expect(linesOf(issues, 'warning')[0]).toContain('spec: no spec: the policy selects every pod');
  });

  it('warns that a missing podSelector means every pod', () => {
    const raw = { ...policyWith({}), spec: { ingress: [] } };
    expect(linesOf(validateNetworkPolicy(raw), 'warning')).toEqual([
      'spec.podSelector: no podSelector: it means {}, every pod in the namespace',
    ]);
  });
});
