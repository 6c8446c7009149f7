import { describe, expect, it } from 'vitest';
import { docOf, namespaceOf, podOf, policyOf } from '../../engine/__fixtures__/docBuilder';
import { builtInLesson } from '../lessons/builtIn/builtInLessons';
import type { LessonStep } from '../lessons/lesson';
import { trafficTable } from './trafficTable';

function stepOf(lesson: string, title: string): LessonStep {
  const step = builtInLesson(lesson)?.steps.find((s) => s.title === title);
  if (step === undefined) throw new Error(`no step "${title}" in ${lesson}`);
  return step;
}

/** Component, traffic, port and meaning: the four columns of the traffic table. */
function columns(step: LessonStep): string[][] {
  return trafficTable(step.doc).rows.map((r) => [
    r.component,
    r.direction,
    `${r.port}/${r.protocol}`,
    r.meaning,
  ]);
}

describe('when every tier of the three-tier application states its traffic', () => {
  const step = stepOf('three-tiers', 'Every tier states its traffic');

  it("reproduces the brief's five rows, leaving DNS aside", () => {
    const brief = columns(step).filter(([component, , port]) => {
      return component !== 'coredns' && !port?.startsWith('53/');
    });
    expect(brief).toEqual([
      ['web', 'ingress', '80/TCP', 'anyone reaches web'],
      ['web', 'egress', '5000/TCP', 'web reaches api'],
      ['api', 'ingress', '5000/TCP', 'web reaches api'],
      ['api', 'egress', '3306/TCP', 'api reaches db'],
      ['db', 'ingress', '3306/TCP', 'api reaches db'],
    ]);
  });

  it('lists the DNS look-ups the text speaks of: every tier reaches coredns on UDP and TCP 53', () => {
    const dns = columns(step).filter(([component, direction, port]) => {
      return component !== 'coredns' && direction === 'egress' && port?.startsWith('53/');
    });
    expect(dns).toEqual([
      ['web', 'egress', '53/TCP', 'web reaches coredns'],
      ['web', 'egress', '53/UDP', 'web reaches coredns'],
      ['api', 'egress', '53/TCP', 'api reaches coredns'],
      ['api', 'egress', '53/UDP', 'api reaches coredns'],
      ['db', 'egress', '53/TCP', 'db reaches coredns'],
      ['db', 'egress', '53/UDP', 'db reaches coredns'],
    ]);
  });

  it('notes only the DNS server as open: every tier is isolated both ways', () => {
    expect(trafficTable(step.doc).notes.map((n) => `${n.component} ${n.direction}`)).toEqual([
      'coredns ingress',
      'coredns egress',
    ]);
  });

  it('says anyone, not the pods it includes, for a rule without from', () => {
    const web = trafficTable(step.doc).rows.find(
      (r) => r.component === 'web' && r.direction === 'ingress',
    );
    expect(web?.peers).toEqual(['anyone']);
  });

  it('names the nodes of each row for the canvas', () => {
    const first = trafficTable(step.doc).rows[0];
    expect(first?.node).toEqual({ kind: 'workload', namespace: 'prod', name: 'web' });
    expect(first?.peerNodes).toEqual([{ kind: 'any' }]);
  });
});

describe('when no policy selects any pod', () => {
  const step = stepOf('three-tiers', 'Everything is allowed by default');

  it('lists no connection: no rule mentions any', () => {
    expect(trafficTable(step.doc).rows).toEqual([]);
  });

  it('notes that every pod allows everything by default, both ways', () => {
    expect(trafficTable(step.doc).notes.map((n) => n.text)).toEqual([
      'web is not isolated for ingress: every connection to it is allowed by default',
      'web is not isolated for egress: every connection it starts is allowed by default',
      'api is not isolated for ingress: every connection to it is allowed by default',
      'api is not isolated for egress: every connection it starts is allowed by default',
      'db is not isolated for ingress: every connection to it is allowed by default',
      'db is not isolated for egress: every connection it starts is allowed by default',
    ]);
  });
});

describe('when only db-policy isolates the database for ingress', () => {
  const step = stepOf('three-tiers', 'db-policy isolates the database for ingress');

  it("lists the rule's connection at both ends, the source's end allowed by default", () => {
    expect(columns(step)).toEqual([
      ['api', 'egress', '3306/TCP', 'api reaches db (allowed by default)'],
      ['db', 'ingress', '3306/TCP', 'api reaches db'],
    ]);
    expect(trafficTable(step.doc).rows.map((r) => r.byDefault)).toEqual([true, false]);
  });

  it('notes the directions left open', () => {
    const notes = trafficTable(step.doc).notes.map((n) => `${n.component} ${n.direction}`);
    expect(notes).toEqual(['web ingress', 'web egress', 'api ingress', 'api egress', 'db egress']);
  });
});

describe('when a backup server outside the cluster comes in and is pushed to', () => {
  const step = stepOf('outside', 'An egress rule with the same ipBlock');

  it('lists the external endpoint as a peer in both directions', () => {
    expect(columns(step)).toEqual([
      ['api', 'egress', '3306/TCP', 'api reaches db (allowed by default)'],
      ['db', 'ingress', '3306/TCP', 'api and backup-server reach db'],
      ['db', 'egress', '80/TCP', 'db reaches backup-server'],
    ]);
  });
});

describe('when workloads share a name across namespaces', () => {
  const step = stepOf('namespaces', 'One element: both must match (AND)');

  it('names every workload by namespace and name', () => {
    expect(columns(step)).toEqual([
      ['prod/db', 'ingress', '3306/TCP', 'prod/api reaches prod/db'],
      ['prod/api', 'egress', '3306/TCP', 'prod/api reaches prod/db (allowed by default)'],
    ]);
  });
});

describe('when a rule admits pods of several namespaces', () => {
  const step = stepOf('namespaces', 'API pods from every namespace');

  it('lists them all in one row, in document order', () => {
    const ingress = trafficTable(step.doc).rows.find((r) => r.direction === 'ingress');
    expect(ingress?.meaning).toBe('prod/api, dev/api and test/api reach prod/db');
  });
});

describe('when a large cluster lets hundreds of pods reach one server', () => {
  const clients = Array.from({ length: 300 }, (_, i) =>
    podOf(`x/c${String(i)}`, { role: 'client' }),
  );
  const doc = docOf({
    namespaces: [namespaceOf('x')],
    workloads: [
      podOf('x/dns', { role: 'dns' }, { ports: [{ containerPort: 53, protocol: 'UDP' }] }),
      ...clients,
    ],
    policies: [
      policyOf('x/dns', {
        podSelector: { matchLabels: { role: 'dns' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { role: 'client' } } }] }],
      }),
    ],
  });

  it('names the first few in its meaning and counts the rest; the row keeps them all', () => {
    const row = trafficTable(doc).rows.find((r) => r.direction === 'ingress');
    expect(row?.meaning).toBe('c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 290 more reach dns');
    expect(row?.peers).toHaveLength(300);
  });
});
