import { describe, expect, it } from 'vitest';
import {
  OUTSIDE_GROUP_ID,
  edgeIdOf,
  edgeIdParse,
  nodeIdOf,
  nodeIdOfEnd,
  nodeIdOfPod,
  nodeLabelOf,
  nodeRefParse,
  nodeEndParse,
} from './ids';
import type { NodeRef } from './ids';
import type { FlowEnd } from '../engine';
import { podKeyOf } from '../model';

describe('node ids', () => {
  const refs: NodeRef[] = [
    { kind: 'namespace', name: 'prod' },
    { kind: 'workload', namespace: 'prod', name: 'web' },
    { kind: 'external', name: 'backup server' },
  ];

  it('parse back to the reference they were made from', () => {
    for (const ref of refs) expect(nodeRefParse(nodeIdOf(ref))).toEqual(ref);
  });

  it('reject ids that are not ours', () => {
    for (const id of ['', 'prod', 'workload:prod', 'workload:/web', 'pod:x/y', 'namespace:']) {
      expect(nodeRefParse(id)).toBeNull();
    }
  });
});

describe('edge ids', () => {
  const web = nodeIdOf({ kind: 'workload', namespace: 'prod', name: 'web' });
  const backup = nodeIdOf({ kind: 'external', name: 'backup server' });

  it('are the two node ids joined by >', () => {
    expect(edgeIdOf(web, backup)).toBe('workload:prod/web>external:backup server');
    expect(edgeIdOf(nodeIdOfEnd({ kind: 'any' }), web)).toBe('any:*>workload:prod/web');
  });

  it('parse back to the nodes they join', () => {
    expect(edgeIdParse(edgeIdOf(web, backup))).toEqual({ source: web, target: backup });
  });

  it('reject ids that join nothing', () => {
    expect(edgeIdParse('workload:prod/web')).toBeNull();
  });
});

describe('workload node ids', () => {
  it('are the same from a pod key as from a reference', () => {
    expect(nodeIdOfPod(podKeyOf('prod', 'web'))).toBe(
      nodeIdOf({ kind: 'workload', namespace: 'prod', name: 'web' }),
    );
  });
});

describe('what a node is called where a line names its ends', () => {
  it('calls the group outside the cluster by its name, not its id', () => {
    expect(nodeLabelOf(OUTSIDE_GROUP_ID)).toBe('Outside the cluster');
    expect(nodeLabelOf('ipBlock:10.0.0.0/8')).toBe('IP block 10.0.0.0/8');
  });
});

describe('the end a node id stands for', () => {
  it('is anywhere, an IP block with its exceptions, or a model node, as nodeIdOfEnd wrote it', () => {
    const ends: FlowEnd[] = [
      { kind: 'any' },
      { kind: 'ipBlock', cidr: '10.0.0.0/8' },
      { kind: 'ipBlock', cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '192.168.0.0/16'] },
      { kind: 'workload', namespace: 'prod', name: 'web' },
      { kind: 'external', name: 'nas' },
    ];
    expect(ends.map((end) => nodeEndParse(nodeIdOfEnd(end)))).toEqual(ends);
    expect(nodeEndParse(OUTSIDE_GROUP_ID)).toBeNull();
  });
});
