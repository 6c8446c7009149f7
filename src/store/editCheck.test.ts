import { describe, expect, it } from 'vitest';
import type { DocEdit } from '../engine';
import { applyEdit } from '../engine';
import { parseFiles, serializeDocument } from '../io';
import { EMPTY_DOC } from '../model';
import { editProblem } from './editCheck';

const doc = applyEdit(EMPTY_DOC, {
  type: 'addWorkload',
  workload: {
    namespace: 'prod',
    name: 'web',
    kind: 'Deployment',
    labels: { app: 'web' },
    ports: [],
    ips: [],
  },
});

describe('when a form edit keeps the design valid', () => {
  it('has no problem', () => {
    const edit = {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { name: 'frontend' },
    } as const;
    expect(editProblem(doc, edit)).toBeNull();
  });
});

describe('when a form edit would make the design invalid', () => {
  it('says why, with the API server rule', () => {
    const edit = {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { name: 'Web Server' },
    } as const;
    expect(editProblem(doc, edit)).toMatch(/metadata\.name.*RFC 1123/);
  });

  it('refuses a label value the API server refuses', () => {
    const edit = {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { labels: { app: 'a b' } },
    } as const;
    expect(editProblem(doc, edit)).not.toBeNull();
  });
});

describe('when an edit is checked', () => {
  const withPolicy = applyEdit(doc, {
    type: 'addPolicy',
    policy: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'web-ingress', namespace: 'prod' },
      spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'], ingress: [] },
    },
  });
  const ruleRef = {
    policy: { namespace: 'prod', name: 'web-ingress' },
    direction: 'ingress',
    ruleIndex: 0,
  } as const;
  const bad: readonly [string, DocEdit][] = [
    [
      'a workload name',
      { type: 'updateWorkload', namespace: 'prod', name: 'web', changes: { name: 'Web' } },
    ],
    [
      'a label value',
      {
        type: 'updateWorkload',
        namespace: 'prod',
        name: 'web',
        changes: { labels: { app: 'a b' } },
      },
    ],
    ['a namespace name', { type: 'renameNamespace', name: 'prod', newName: 'Prod' }],
    [
      'an external CIDR',
      { type: 'addExternal', external: { name: 'backup', cidr: '10.0.0.300/8' } },
    ],
    [
      'a rule',
      {
        type: 'batch',
        edits: [
          { type: 'addRule', policy: ruleRef.policy, direction: 'ingress', rule: {} },
          {
            type: 'setRule',
            rule: ruleRef,
            value: { from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] },
          },
        ],
      },
    ],
  ];

  it.each(bad)('says what an import of the edited design would say first (%s)', (_, edit) => {
    const next = applyEdit(withPolicy, edit);
    const imported = parseFiles([{ name: 'design', text: serializeDocument(next) }]);
    const first = imported.issues.find((i) => i.severity === 'error');
    expect(first).toBeDefined();
    expect(editProblem(withPolicy, edit)).toBe(`${first?.path}: ${first?.message}`);
  });

  it('checks only what the edit changed: an object already invalid does not hold other edits back', () => {
    const invalid = {
      ...withPolicy,
      workloads: [...withPolicy.workloads, { ...withPolicy.workloads[0]!, name: 'Bad Name' }],
    };
    const rename = {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { name: 'Web' },
    } as const;
    expect(editProblem(invalid, rename)).toMatch(/^metadata\.name/);
    const fine = {
      type: 'addRule',
      policy: ruleRef.policy,
      direction: 'ingress',
      rule: {},
    } as const;
    expect(editProblem(invalid, fine)).toBeNull();
    const relabel = {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'Bad Name',
      changes: { labels: {} },
    } as const;
    expect(editProblem(invalid, relabel)).toBeNull();
  });
});
