import { describe, expect, it } from 'vitest';
import { POSITION_ANNOTATION } from '../../model';
import type { Doc } from '../../model';
import { docPlaced, docUnplaced } from './lessonPlaces';

const doc: Doc = {
  namespaces: [{ name: 'prod', labels: {} }],
  workloads: [
    {
      namespace: 'prod',
      name: 'web',
      kind: 'Deployment',
      labels: { app: 'web' },
      ports: [],
      ips: [],
      annotations: { owner: 'team-a' },
    },
    {
      namespace: 'prod',
      name: 'db',
      kind: 'Deployment',
      labels: { app: 'db' },
      ports: [],
      ips: [],
    },
  ],
  externals: [{ name: 'users', cidr: '203.0.113.0/24' }],
  policies: [],
};

describe('when a lesson places the nodes of a step', () => {
  it('writes each place as the position annotation a saved design carries', () => {
    const placed = docPlaced(doc, {
      'namespace:prod': [0, 150],
      'prod/web': [24, 56],
      users: [30, 0],
    });
    expect(placed.namespaces[0]?.annotations).toEqual({ [POSITION_ANNOTATION]: '0,150' });
    expect(placed.workloads[0]?.annotations).toEqual({
      owner: 'team-a',
      [POSITION_ANNOTATION]: '24,56',
    });
    expect(placed.externals[0]?.annotations).toEqual({ [POSITION_ANNOTATION]: '30,0' });
  });

  it('passes over a place of a node the step does not have, and names the nodes left unplaced', () => {
    const placed = docPlaced(doc, { 'prod/web': [24, 56], 'kube-system/coredns': [24, 56] });
    expect(docUnplaced(placed)).toEqual(['namespace:prod', 'prod/db', 'users']);
    expect(docUnplaced(docPlaced(doc, { 'external:users': [1, 2] }))).not.toContain('users');
  });
});
