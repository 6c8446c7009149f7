import { describe, expect, it } from 'vitest';
import { editText } from './editText';

const ref = { namespace: 'prod', name: 'db-policy' };

describe('an edit in a few words', () => {
  it('names what a deletion removed', () => {
    expect(editText({ type: 'removePolicy', ref })).toBe('Deleted policy prod/db-policy');
    expect(
      editText({ type: 'removeRule', rule: { policy: ref, direction: 'ingress', ruleIndex: 0 } }),
    ).toBe('Deleted ingress rule 1 of policy prod/db-policy');
    expect(editText({ type: 'removeNamespace', name: 'dev' })).toBe(
      'Deleted namespace dev with its workloads and policies',
    );
    expect(editText({ type: 'removeWorkload', namespace: 'prod', name: 'web' })).toBe(
      'Deleted workload prod/web',
    );
  });

  it('names a drawn flow by its ends, and a template by what it does', () => {
    expect(
      editText({
        type: 'allowFlow',
        flow: {
          from: { kind: 'workload', namespace: 'prod', name: 'web' },
          to: { kind: 'workload', namespace: 'prod', name: 'db' },
          ports: [],
        },
      }),
    ).toBe('Allowed prod/web → prod/db');
    expect(
      editText({
        type: 'applyTemplate',
        template: { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Ingress', 'Egress'] },
      }),
    ).toBe('Denied ingress and egress by default in namespace prod');
  });

  it('reads a batch of one edit as that edit', () => {
    expect(editText({ type: 'batch', edits: [{ type: 'removePolicy', ref }] })).toBe(
      'Deleted policy prod/db-policy',
    );
    expect(
      editText({
        type: 'batch',
        edits: [
          { type: 'removePolicy', ref },
          { type: 'removeWorkload', namespace: 'prod', name: 'db' },
        ],
      }),
    ).toBe('Made 2 edits');
  });
});
