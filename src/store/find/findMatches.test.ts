import { describe, expect, it } from 'vitest';
import { withInferred } from '../../engine';
import { docOf, namespaceOf, podOf, policyOf } from '../../engine/__fixtures__/docBuilder';
import { findMatches, findRank } from './findMatches';
import { FIND_TEST_DOC as doc } from './findTestDoc';

describe('findRank', () => {
  it('ranks an exact name before a prefix before a substring, ignoring case', () => {
    expect(findRank('db', ['DB'])).toBe(0);
    expect(findRank('db', ['db-tools'])).toBe(1);
    expect(findRank('db', ['mongodb'])).toBe(2);
    expect(findRank('db', ['web'])).toBeNull();
  });

  it('takes the best of several names', () => {
    expect(findRank('prod/db', ['db', 'prod/db'])).toBe(0);
  });
});

describe('findMatches', () => {
  it('finds nothing for empty text', () => {
    expect(findMatches(doc, '  ')).toEqual([]);
  });

  it('lists the exact workload first, then prefixes, then substrings', () => {
    const labels = findMatches(doc, 'db').map((m) => `${m.kind} ${m.label}`);
    expect(labels[0]).toBe('workload prod/db');
    expect(labels).toEqual([
      'workload prod/db',
      'label app=db',
      'workload db-tools/backup',
      'namespace db-tools',
      'policy prod/db-allow-api',
      'workload prod/mongodb',
    ]);
  });

  it('selects the node of a workload, namespace or external endpoint', () => {
    expect(findMatches(doc, 'prod/db')[0]?.target).toEqual({
      kind: 'node',
      id: 'workload:prod/db',
    });
    expect(findMatches(doc, 'backup-server')[0]?.target).toEqual({
      kind: 'node',
      id: 'external:backup-server',
    });
  });

  it('finds an external endpoint by its address', () => {
    expect(findMatches(doc, '192.168')[0]?.label).toBe('backup-server');
  });

  it('opens a policy by name', () => {
    expect(findMatches(doc, 'db-allow')[0]?.target).toEqual({
      kind: 'policy',
      namespace: 'prod',
      name: 'db-allow-api',
    });
  });

  it('finds a label, then the workloads carrying it, each saying which label', () => {
    const matches = findMatches(doc, 'app=frontend');
    expect(matches.map((m) => `${m.kind} ${m.label}`)).toEqual([
      'label app=frontend',
      'label app=frontend-backup',
      'workload prod/web',
      'workload db-tools/backup',
    ]);
    expect(matches[0]?.target).toEqual({
      kind: 'nodes',
      label: 'app=frontend',
      ids: ['workload:prod/web'],
    });
    expect(matches[2]?.detail).toBe('label app=frontend · Deployment');
    expect(matches[3]?.detail).toBe('label app=frontend-backup · Deployment');
  });

  it('finds a workload by a label value after every name', () => {
    const matches = findMatches(doc, 'mongo').map((m) => `${m.kind} ${m.label} (${m.detail})`);
    expect(matches).toEqual([
      'label app=mongo (label on 1 workload)',
      'workload prod/mongodb (Deployment · app=mongo)',
    ]);
  });

  it('finds a workload by the name its container gives a port, saying which port', () => {
    const cache = podOf(
      'shop/cache-7f9c',
      { app: 'cache' },
      { ports: [{ name: 'redis', containerPort: 6379, protocol: 'TCP' }] },
    );
    const shop = docOf({ namespaces: [namespaceOf('shop')], workloads: [cache] });
    const matches = findMatches(shop, 'redis').map((m) => `${m.kind} ${m.label} (${m.detail})`);
    expect(matches).toEqual(['workload shop/cache-7f9c (port TCP 6379 (redis) · Pod)']);
  });

  it('finds a workload by the name kubectl prints for one of its pods, saying so', () => {
    const said = (text: string) =>
      findMatches(doc, text).map((m) => `${m.kind} ${m.label} (${m.detail})`);
    expect(said('web-7c9d5f8b6-x2x8z')).toEqual([
      'workload prod/web (its pod web-7c9d5f8b6-x2x8z · Deployment)',
    ]);
    expect(said('prod/db-5d8f7c9b4-q7v2m')).toEqual([
      'workload prod/db (its pod prod/db-5d8f7c9b4-q7v2m · Deployment)',
    ]);
    // In another namespace, or not a name its controller gives: not its pod.
    expect(said('db-tools/web-7c9d5f8b6-x2x8z')).toEqual([]);
    expect(said('web-frontend')).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(findMatches(doc, 'o', 2)).toHaveLength(2);
  });
});

describe('when the document has pods inferred from its policies', () => {
  it('finds them, and says they are inferred', () => {
    const inferred = withInferred(
      docOf({
        namespaces: [namespaceOf('shop')],
        policies: [policyOf('shop/web', { podSelector: { matchLabels: { app: 'web' } } })],
      }),
    );
    const [match] = findMatches(inferred, 'web');
    expect(match?.label).toBe('shop/web');
    expect(match?.detail).toBe('inferred from policies · app=web');
  });

  it('puts one before a policy of the same name when its label value is typed', () => {
    const inferred = withInferred(
      docOf({
        namespaces: [namespaceOf('shop')],
        policies: [
          policyOf('shop/cartservice', { podSelector: { matchLabels: { app: 'cartservice' } } }),
        ],
      }),
    );
    const matches = findMatches(inferred, 'cartservice');
    expect(matches.map((m) => m.label)).toEqual([
      'shop/cartservice',
      'shop/cartservice',
      'app=cartservice',
    ]);
    expect(matches[0]?.kind).toBe('workload');
  });

  it('ranks the workload named by a word before those that only carry it as a label', () => {
    const selectors = [{ app: 'worker' }, { app: 'api', tier: 'worker' }, { tier: 'worker' }];
    const inferred = withInferred(
      docOf({
        namespaces: [namespaceOf('shop')],
        policies: selectors.map((matchLabels, i) =>
          policyOf(`shop/p${String(i)}`, { podSelector: { matchLabels } }),
        ),
      }),
    );
    const matches = findMatches(inferred, 'worker').map((m) => `${m.label} (${m.detail})`);
    expect(matches).toEqual([
      'shop/worker (inferred from policies · app=worker)',
      'app=worker (label on 1 workload)',
      'tier=worker (label on 2 workloads)',
      'shop/api (label tier=worker · inferred from policies)',
      'shop/tier-worker (label tier=worker · inferred from policies)',
    ]);
  });

  it('says which requirement of its selector a word is from (its labels hold one value)', () => {
    const inferred = withInferred(
      docOf({
        namespaces: [namespaceOf('shop')],
        policies: [
          policyOf('shop/p', {
            podSelector: {
              matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'worker'] }],
            },
          }),
        ],
      }),
    );
    const matches = findMatches(inferred, 'worker').map((m) => `${m.label} (${m.detail})`);
    expect(matches).toEqual([
      'shop/tier-web-worker (selector tier in (web, worker) · inferred from policies)',
    ]);
    expect(findMatches(inferred, 'web').map((m) => m.detail)).toEqual([
      'label on 1 workload',
      'label tier=web · inferred from policies',
    ]);
  });
});
