import { describe, expect, it } from 'vitest';
import { applyEdit } from '../engine';
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
