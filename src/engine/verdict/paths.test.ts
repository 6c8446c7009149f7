import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { THREE_TIER_SCENARIOS } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { externalPorts, pathsOf } from './paths';

function scenario(name: string): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };
const backup: FlowEnd = { kind: 'external', name: 'backup server' };

function summary(doc: Doc, node: FlowEnd) {
  const paths = pathsOf(doc, compilePolicies(doc), node);
  const line = (p: { id: string; allowed: boolean }) =>
    `${p.id} ${p.allowed ? 'allowed' : 'blocked'}`;
  return { inbound: paths.inbound.map(line), outbound: paths.outbound.map(line) };
}

describe('the paths of a selected workload', () => {
  it('lists every inbound connection on its ports and every outbound one on theirs', () => {
    expect(summary(scenario('three-tier/db-policy'), db)).toEqual({
      inbound: [
        'prod/web>prod/db TCP/3306 blocked',
        'prod/api>prod/db TCP/3306 allowed',
        'dev/api>prod/db TCP/3306 blocked',
        'test/api>prod/db TCP/3306 blocked',
        'external:backup server>prod/db TCP/3306 blocked',
      ],
      outbound: [
        'prod/db>prod/web TCP/80 allowed',
        'prod/db>prod/api TCP/5000 allowed',
        'prod/db>dev/api TCP/5000 allowed',
        'prod/db>test/api TCP/5000 allowed',
        // The backup server declares no port and no egress rule names one: every port.
        'prod/db>external:backup server TCP/0 allowed',
      ],
    });
  });

  it('includes egress to an external endpoint on the ports egress rules name for it', () => {
    const { outbound } = summary(scenario('three-tier/backup-server'), db);
    expect(outbound).toContain('prod/db>external:backup server TCP/80 allowed');
    expect(outbound).toContain('prod/db>prod/web TCP/80 blocked');
  });

  it('explains each path in one line and keeps the verdict for the full explanation', () => {
    const doc = scenario('three-tier/db-policy');
    const { inbound } = pathsOf(doc, compilePolicies(doc), db);
    const web = inbound.find((p) => p.id === 'prod/web>prod/db TCP/3306');
    expect(web?.reason).toBe(
      'blocked: prod/db is ingress-isolated by db-policy and no ingress rule allows prod/web on TCP 3306',
    );
    expect(web?.verdict.ingress.isolatingPolicies).toEqual([
      { namespace: 'prod', name: 'db-policy' },
    ]);
  });
});

describe('the paths of an external endpoint', () => {
  it('are the connections pods open to it and the ones it opens to pods', () => {
    const { inbound, outbound } = summary(scenario('three-tier/backup-server'), backup);
    expect(inbound).toEqual([
      'prod/web>external:backup server TCP/80 allowed',
      'prod/api>external:backup server TCP/80 allowed',
      'prod/db>external:backup server TCP/80 allowed',
      'dev/api>external:backup server TCP/80 allowed',
      'test/api>external:backup server TCP/80 allowed',
    ]);
    expect(outbound).toContain('external:backup server>prod/db TCP/3306 allowed');
    expect(outbound).toContain('external:backup server>prod/web TCP/80 allowed');
  });

  it('take their ports from the egress rules that can reach it', () => {
    const doc = scenario('three-tier/backup-server');
    const endpoint = doc.externals[0];
    if (endpoint === undefined) throw new Error('no endpoint');
    expect(externalPorts(doc, endpoint)).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(externalPorts(scenario('three-tier/db-policy'), endpoint)).toEqual([]);
  });
});

describe('a node the document does not have', () => {
  it('has no paths', () => {
    const doc = scenario('three-tier/open');
    const ghost: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'ghost' };
    expect(pathsOf(doc, compilePolicies(doc), ghost)).toEqual({ inbound: [], outbound: [] });
  });
});
