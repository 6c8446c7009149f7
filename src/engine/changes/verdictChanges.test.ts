import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { applyEdit } from '../edits/applyEdit';
import { allowFlow } from '../flows/allow';
import { verdictChanges } from './verdictChanges';

const api: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'api' };
const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };

const evaluated = (doc: Doc) => ({ doc, index: compilePolicies(doc) });

function ids(before: Doc, after: Doc, focus?: readonly FlowEnd[]): string[] {
  return verdictChanges(evaluated(before), evaluated(after), focus)
    .map((c) => `${c.id} ${c.before ? 'allowed' : 'blocked'}→${c.after ? 'allowed' : 'blocked'}`)
    .sort();
}

describe('when a new policy isolates the database', () => {
  const before = threeTierCluster([]);
  const after = allowFlow(before, {
    from: api,
    to: db,
    ports: [{ protocol: 'TCP', port: 3306 }],
  }).doc;

  it('lists every connection to it that became blocked, from pods and from outside', () => {
    expect(ids(before, after)).toEqual([
      'dev/api>prod/db TCP/3306 allowed→blocked',
      'external:backup server>prod/db TCP/3306 allowed→blocked',
      'prod/web>prod/db TCP/3306 allowed→blocked',
      'test/api>prod/db TCP/3306 allowed→blocked',
    ]);
  });

  it('finds the same changes when told which nodes the edit touched', () => {
    expect(ids(before, after, [api, db])).toEqual(ids(before, after));
  });
});

describe('when an edit opens connections', () => {
  it('lists them as allowed again', () => {
    const closed = applyEdit(threeTierCluster([]), {
      type: 'applyTemplate',
      template: { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Ingress'] },
    });
    const opened = applyEdit(closed, {
      type: 'applyTemplate',
      template: { kind: 'allowFromNamespace', namespace: 'prod', from: 'dev' },
    });
    expect(ids(closed, opened)).toEqual([
      'dev/api>prod/api TCP/5000 blocked→allowed',
      'dev/api>prod/db TCP/3306 blocked→allowed',
      'dev/api>prod/web TCP/80 blocked→allowed',
    ]);
  });
});

describe('when nothing that decides a verdict changed', () => {
  it('lists nothing for the same document', () => {
    const doc = threeTierCluster([]);
    expect(ids(doc, doc)).toEqual([]);
  });

  it('does not count the paths of a new workload as changes', () => {
    const before = threeTierCluster([]);
    const after = applyEdit(before, {
      type: 'addWorkload',
      workload: {
        namespace: 'prod',
        name: 'cache',
        kind: 'Pod',
        labels: { role: 'cache' },
        ports: [{ containerPort: 6379, protocol: 'TCP' }],
        ips: [],
      },
    });
    expect(ids(before, after)).toEqual([]);
  });
});
