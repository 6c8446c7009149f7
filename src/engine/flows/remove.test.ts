import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import type { FlowSpec } from '../edits/types';
import { applyEdit } from '../edits/applyEdit';
import { allowFlow, removeFlow } from './allow';
import { flowMarksOf } from './marks';
import {
  API_TO_DB,
  WEB_TO_API,
  allowed,
  db,
  drawThreeTier,
  specOf,
  web,
} from '../__fixtures__/drawnThreeTier';

describe('when a flow is removed', () => {
  it('gives back the previous document', () => {
    const start = threeTierCluster([]);
    const one = allowFlow(start, WEB_TO_API);
    const two = allowFlow(one.doc, API_TO_DB);
    expect(removeFlow(two.doc, two.record?.id ?? '')).toEqual(one.doc);
    expect(removeFlow(removeFlow(two.doc, two.record?.id ?? ''), one.record?.id ?? '')).toEqual(
      start,
    );
  });

  it('takes back only its rule from a policy that existed before, and an absent list stays absent', () => {
    const dbPolicy: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'db-policy', namespace: 'prod', annotations: { owner: 'team-a' } },
      spec: { podSelector: { matchLabels: { role: 'db' } }, policyTypes: ['Ingress'] },
    };
    const start = threeTierCluster([dbPolicy]);
    const { doc, record } = allowFlow(start, API_TO_DB);
    expect(doc.policies[0]?.metadata.annotations?.owner).toBe('team-a');
    expect(removeFlow(doc, record?.id ?? '')).toEqual(start);
  });

  it('removes flows in any order, and the last one removes the policy they share', () => {
    const start = threeTierCluster([]);
    const one = allowFlow(start, API_TO_DB);
    const webToDb: FlowSpec = { from: web, to: db, ports: [{ protocol: 'TCP', port: 3306 }] };
    const two = allowFlow(one.doc, webToDb);
    expect(two.doc.policies).toHaveLength(1);
    const firstGone = removeFlow(two.doc, one.record?.id ?? '');
    expect(specOf(firstGone, 'db-ingress')?.ingress).toHaveLength(1);
    expect(allowed(firstGone, 'prod/web', 'prod/db', 3306)).toBe(true);
    expect(allowed(firstGone, 'prod/api', 'prod/db', 3306)).toBe(false);
    expect(removeFlow(firstGone, two.record?.id ?? '')).toEqual(start);
  });

  it('leaves a rule the user changed since, and drops only the record', () => {
    const { doc, record } = allowFlow(threeTierCluster([]), API_TO_DB);
    const policy = doc.policies[0];
    if (policy === undefined) throw new Error('no policy');
    const edited = applyEdit(doc, {
      type: 'replacePolicy',
      ref: { namespace: 'prod', name: 'db-ingress' },
      policy: {
        ...policy,
        spec: { ...policy.spec, ingress: [{ ports: [{ protocol: 'TCP', port: 3306 }] }] },
      },
    });
    const removed = removeFlow(edited, record?.id ?? '');
    expect(specOf(removed, 'db-ingress')?.ingress).toEqual([
      { ports: [{ protocol: 'TCP', port: 3306 }] },
    ]);
    expect(removed.policies.flatMap(flowMarksOf)).toEqual([]);
  });

  it('returns the same document for an unknown id', () => {
    const doc = drawThreeTier();
    expect(removeFlow(doc, 'nope')).toBe(doc);
  });
});

describe('undo and redo', () => {
  it('re-applying the same edits gives the same document (redo by replay)', () => {
    const edits = [
      { type: 'allowFlow', flow: WEB_TO_API },
      { type: 'allowFlow', flow: API_TO_DB },
    ] as const;
    const once = edits.reduce(applyEdit, threeTierCluster([]));
    const twice = edits.reduce(applyEdit, threeTierCluster([]));
    expect(twice).toEqual(once);
  });

  it('a snapshot taken before a flow is exactly what removing the flow gives', () => {
    const before = allowFlow(threeTierCluster([]), WEB_TO_API).doc;
    const { doc, record } = allowFlow(before, API_TO_DB);
    expect(applyEdit(doc, { type: 'removeFlow', id: record?.id ?? '' })).toEqual(before);
  });

  it('the record survives a JSON round trip of the document (as in autosave)', () => {
    const { doc, record } = allowFlow(threeTierCluster([]), API_TO_DB);
    const restored = JSON.parse(JSON.stringify(doc)) as Doc;
    expect(removeFlow(restored, record?.id ?? '')).toEqual(threeTierCluster([]));
  });
});
