import { describe, expect, it } from 'vitest';
import { POLICY, docOf, issuesOf, parse } from './__fixtures__/parseText';

describe('when NetworkPolicies are read', () => {
  it('drops server-side fields and the last-applied annotation', () => {
    const doc = docOf(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: x
  uid: 4d1c
  resourceVersion: "12"
  generation: 2
  creationTimestamp: "2024-01-01T00:00:00Z"
  selfLink: /apis/networking.k8s.io/v1/namespaces/x/networkpolicies/p
  managedFields: [{manager: kubectl, operation: Update, fieldsType: FieldsV1, fieldsV1: {f:spec: {}}}]
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"NetworkPolicy"}'
spec: {podSelector: {}}
status: {}
`);
    expect(doc.policies).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p', namespace: 'x' },
        spec: { podSelector: {}, policyTypes: ['Ingress'] },
      },
    ]);
  });

  it('refuses the old API versions, which no longer exist', () => {
    expect(issuesOf(POLICY('p').replace('networking.k8s.io/v1', 'extensions/v1beta1'))).toEqual([
      {
        line: 1,
        path: 'apiVersion',
        severity: 'error',
        message:
          'extensions/v1beta1 NetworkPolicy no longer exists; use apiVersion: networking.k8s.io/v1',
      },
    ]);
  });

  it("skips another product's NetworkPolicy with a warning", () => {
    const result = parse(
      `${POLICY('p')}---\n${POLICY('c').replace('networking.k8s.io/v1', 'projectcalico.org/v3')}`,
    );
    expect(result.ok && result.doc.policies.map((p) => p.metadata.name)).toEqual(['p']);
    expect(result.issues).toMatchObject([
      {
        line: 6,
        severity: 'warning',
        message: 'NetworkPolicy default/c (projectcalico.org/v3) is not read; skipped',
      },
    ]);
  });

  it('places validation errors inside a List at their line, with object-relative paths', () => {
    const text = `apiVersion: v1
kind: List
items:
  - ${POLICY('ok').trimEnd().split('\n').join('\n    ')}
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: bad}
    spec:
      podSelector: {}
      ingress:
        - ports:
            - port: 0
`;
    const issues = parse(text).issues.filter((issue) => issue.severity === 'error');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      line: 15,
      column: 15,
      path: 'spec.ingress[0].ports[0].port',
    });
  });

  it('rejects an unquoted true where a label value must be a string, and warns on an unquoted yes', () => {
    const policy = (value: string) =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector:\n    matchLabels:\n      enabled: ${value}\n`;
    expect(issuesOf(policy('true')).filter((issue) => issue.severity === 'error')).toMatchObject([
      { line: 7 },
    ]);
    expect(issuesOf(policy('yes'))).toMatchObject([{ line: 7, severity: 'warning' }]);
    expect(
      docOf(POLICY('p').replace('{}}', '{matchLabels: {enabled: "yes"}}}')).policies[0]?.spec
        .podSelector,
    ).toEqual({
      matchLabels: { enabled: 'yes' },
    });
  });

  it('reports a duplicate key in a policy as an error', () => {
    const issues = issuesOf(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  podSelector: {}\n`,
    );
    expect(issues).toContainEqual({
      line: 6,
      path: 'spec.podSelector',
      severity: 'error',
      message: 'duplicate key "podSelector" (first at line 5)',
    });
  });

  it('ignores a duplicate key inside an object it skips', () => {
    const result = parse(
      `${POLICY('p')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: '1', a: '2'}\n`,
    );
    expect(result.ok).toBe(true);
  });
});
