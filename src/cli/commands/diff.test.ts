import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP, cli } from '../testCli';

type Reach = {
  results: { port: number; protocol: string; allowed: Record<string, Record<string, boolean>> }[];
};
interface PortJson {
  port: number;
  protocol: string;
  because: {
    policy: { namespace: string; name: string };
    direction: string;
    rule: number | null;
    effect: string;
  }[];
  reason: string;
}
interface DiffJson {
  changed: boolean;
  newlyAllowed: number;
  newlyBlocked: number;
  changes: { from: string; to: string; newlyAllowed: PortJson[]; newlyBlocked: PortJson[] }[];
  namespaces: { added: string[]; removed: string[] };
  workloads: { added: string[]; removed: string[] };
  ports: {
    compared: { port: number; protocol: string }[];
    added: { port: number; protocol: string }[];
    removed: { port: number; protocol: string }[];
  };
}

const TMP = mkdtempSync(join(tmpdir(), 'netpol-diff-'));
let files = 0;
function tmpFile(text: string): string {
  const path = join(TMP, `${files++}.yaml`);
  writeFileSync(path, text);
  return path;
}

const APP_TEXT = readFileSync(APP, 'utf8');
/** The three-tier app without one of its policies. */
function withoutPolicy(name: string): string {
  const parts = APP_TEXT.split('\n---\n');
  return parts
    .filter((part) => !part.includes(`kind: NetworkPolicy\nmetadata:\n  name: ${name}\n`))
    .join('\n---\n');
}

describe.concurrent('diff', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const run = await cli(['diff', APP, '--against', APP]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'No change: 0 newly allowed, 0 newly blocked (5 workloads and 3 ports compared).\n',
    );
  });

  it('exits 1 and lists each changed pair with its ports and the rule that made the difference', async () => {
    const after = tmpFile(withoutPolicy('web-policy'));
    const run = await cli(['diff', APP, '--against', after]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        '0 newly allowed, 3 newly blocked (5 workloads and 3 ports compared).',
        '',
        'prod/web → prod/api',
        '  - newly blocked  TCP 5000',
        '      prod/web-policy egress[0] no longer allows it',
        '',
        'dev/api → prod/web',
        '  - newly blocked  TCP 80',
        '      prod/web-policy ingress[0] no longer allows it',
        '',
        'test/api → prod/web',
        '  - newly blocked  TCP 80',
        '      prod/web-policy ingress[0] no longer allows it',
        '',
      ].join('\n'),
    );
  });

  it('reads the old version from standard input, as git show pipes it', async () => {
    const run = await cli(['diff', '-', '--against', APP, '--json'], withoutPolicy('db-policy'));
    expect(run.code).toBe(1);
    const diff = JSON.parse(run.stdout) as DiffJson;
    expect(diff.newlyBlocked).toBe(0);
    expect(diff.changes.map((c) => `${c.from}>${c.to}`)).toEqual(['prod/api>prod/db']);
  });

  it('prints the documented JSON shape', async () => {
    const after = tmpFile(withoutPolicy('db-policy'));
    const run = await cli(['diff', APP, '--against', after, '--json']);
    const diff = JSON.parse(run.stdout) as DiffJson;
    expect(diff).toEqual({
      changed: true,
      newlyAllowed: 0,
      newlyBlocked: 1,
      changes: [
        {
          from: 'prod/api',
          to: 'prod/db',
          newlyAllowed: [],
          newlyBlocked: [
            {
              port: 3306,
              protocol: 'TCP',
              because: [
                {
                  policy: { namespace: 'prod', name: 'db-policy' },
                  direction: 'ingress',
                  rule: 0,
                  effect: 'stopped-allowing',
                },
              ],
              reason:
                'blocked: prod/db is ingress-isolated by default-deny-all and no ingress rule allows prod/api on TCP 3306',
            },
          ],
        },
      ],
      namespaces: { added: [], removed: [] },
      workloads: { added: [], removed: [] },
      ports: {
        compared: [
          { port: 80, protocol: 'TCP' },
          { port: 3306, protocol: 'TCP' },
          { port: 5000, protocol: 'TCP' },
        ],
        added: [],
        removed: [],
      },
    });
  });

  it('writes a Markdown table for a pull request', async () => {
    const after = tmpFile(withoutPolicy('db-policy'));
    const run = await cli(['diff', after, '--against', APP, '--output', 'md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '**Connectivity diff:** 1 newly allowed, 0 newly blocked (5 workloads and 3 ports compared)',
        '',
        '| Change | From | To | Ports | Why |',
        '| --- | --- | --- | --- | --- |',
        '| 🟢 newly allowed | `prod/api` | `prod/db` | TCP 3306 | prod/db-policy ingress\\[0\\] now allows it |',
        '',
      ].join('\n'),
    );
  });

  it('lists workloads and namespaces on one side only, and counts that as a change', async () => {
    const after = tmpFile(APP_TEXT.replace(/(name|namespace): test\n/g, '$1: staging\n'));
    const run = await cli(['diff', APP, '--against', after]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Namespaces added: staging\nNamespaces removed: test\n');
    expect(run.stdout).toContain('Workloads added: staging/api\nWorkloads removed: test/api\n');
  });

  it('sees no change with a network plugin that enforces no policy', async () => {
    const after = tmpFile(withoutPolicy('db-policy'));
    const run = await cli(['diff', APP, '--against', after, '--network-plugin', 'flannel']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/flannel/i);
  });

  it('compares one port with --port', async () => {
    const after = tmpFile(withoutPolicy('web-policy'));
    const run = await cli(['diff', APP, '--against', after, '--port', '80', '--json']);
    const diff = JSON.parse(run.stdout) as DiffJson;
    expect(diff.ports.compared).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(diff.changes.map((c) => `${c.from}>${c.to}`)).toEqual([
      'dev/api>prod/web',
      'test/api>prod/web',
    ]);
  });

  it('keeps trouble (2) apart from a difference (1)', async () => {
    expect((await cli(['diff', APP])).code).toBe(2);
    expect((await cli(['diff', '--against', APP])).code).toBe(2);
    expect((await cli(['diff', '-', '--against', '-'], APP_TEXT)).code).toBe(2);
    expect((await cli(['diff', APP, '--against', 'no-such-file.yaml'])).code).toBe(2);
    const invalid = await cli(['diff', APP, '--against', 'src/cli/__fixtures__/invalid.yaml']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/invalid input/);
    expect((await cli(['diff', APP, '--against', APP, '--output', 'csv'])).code).toBe(2);
  });

  it('reads an empty "before" as an empty design, as for a file a pull request adds', async () => {
    const cluster = tmpFile(withoutPolicy('db-policy'));
    const added = tmpFile(
      APP_TEXT.split('\n---\n').find((part) => part.includes('name: db-policy\n')) ?? '',
    );
    const run = await cli(['diff', cluster, '-', '--against', cluster, added, '--json'], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const diff = JSON.parse(run.stdout) as DiffJson;
    expect([diff.newlyAllowed, diff.newlyBlocked]).toEqual([1, 0]);
    expect(diff.changes.map((c) => `${c.from}>${c.to}`)).toEqual(['prod/api>prod/db']);
  });

  it('lists every workload as added or removed when one whole side is empty', async () => {
    const comments = tmpFile('# policies for the new team go here\n\n---\n  \n');
    const added = await cli(['diff', comments, '--against', APP, '--json']);
    expect(added.code).toBe(1);
    expect(added.stderr).toBe('');
    const diff = JSON.parse(added.stdout) as DiffJson;
    expect(diff.changes).toEqual([]);
    expect(diff.namespaces).toEqual({ added: ['prod', 'dev', 'test'], removed: [] });
    expect(diff.workloads.added).toHaveLength(5);
    const removed = await cli(['diff', APP, '--against', '/dev/null', '--json']);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toBe('');
    expect((JSON.parse(removed.stdout) as DiffJson).workloads.removed).toEqual(
      diff.workloads.added,
    );
  });

  it('exits 0 when both sides are empty', async () => {
    const run = await cli(['diff', '/dev/null', '--against', tmpFile('')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'No change: 0 newly allowed, 0 newly blocked (0 workloads and 0 ports compared).\n',
    );
  });

  it('still calls a file with objects but nothing usable invalid input', async () => {
    const configMap = tmpFile('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const run = await cli(['diff', configMap, '--against', APP]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing usable');
  });

  it('explains itself in its help', async () => {
    const run = await cli(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: netpol-canvas diff BEFORE\.\.\. --against AFTER\.\.\./);
    expect(run.stdout).toContain('--against AFTER...');
    expect(run.stdout).toContain('0 nothing changed, 1 something changed');
  });
});

/**
 * Cross-check on real policies (`/work/shared/corpus/real`, skipped when absent), edited as a
 * reviewer would: a peer removed, a selector narrowed, a policy deleted, a namespace label
 * changed. The diff must list exactly the cells where two `reach --json` runs differ.
 */
const CORPUS = '/work/shared/corpus/real';
const corpus = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(CORPUS, f))
  : [];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `value` with YAML 1.1 merge keys (`<<: *anchor`) merged, as kubectl's decoder (and our
 * importer) reads them: js-yaml keeps `<<` as a key, which the edited versions must not carry.
 */
function merged(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(merged);
  if (!isObj(value)) return value;
  const { '<<': base, ...own } = value;
  const bases = (Array.isArray(base) ? base : [base]).filter(isObj).map(merged).filter(isObj);
  const entries = Object.entries(own).map(([k, v]) => [k, merged(v)]);
  return Object.assign({}, ...bases.reverse(), Object.fromEntries(entries)) as Obj;
}

/** The objects of a file, `List` items flattened, merge keys merged. */
function objectsOf(text: string): Obj[] {
  const docs = loadAll(text).map(merged).filter(isObj);
  return docs.flatMap((d) => (Array.isArray(d.items) ? d.items.filter(isObj) : [d]));
}

const policies = (objects: Obj[]) => objects.filter((o) => o.kind === 'NetworkPolicy');
const specOf = (o: Obj): Obj => (isObj(o.spec) ? o.spec : {});
const rulesOf = (o: Obj): Obj[] =>
  ['ingress', 'egress'].flatMap((d) => {
    const rules = specOf(o)[d];
    return Array.isArray(rules) ? rules.filter(isObj) : [];
  });
const peersOf = (rule: Obj): unknown[] | null => {
  const peers = rule.from ?? rule.to;
  return Array.isArray(peers) ? peers : null;
};

interface Versions {
  readonly before: Obj[];
  readonly after: Obj[];
}

/** The namespaces the policies live in. */
function namespacesOf(objects: Obj[]): string[] {
  const names = policies(objects).map((p) => {
    const meta = isObj(p.metadata) ? p.metadata : {};
    return typeof meta.namespace === 'string' ? meta.namespace : 'default';
  });
  return [...new Set(names)];
}

/** Every label some namespaceSelector's matchLabels asks for. */
function selectorLabels(objects: Obj[]): Obj {
  const labels: Obj = {};
  JSON.stringify(objects, (key, value: unknown) => {
    if (key === 'namespaceSelector' && isObj(value) && isObj(value.matchLabels)) {
      Object.assign(labels, value.matchLabels);
    }
    return value;
  });
  delete labels['kubernetes.io/metadata.name'];
  return labels;
}

const namespaceObject = (name: string, labels: Obj): Obj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});

/** Each edit gives the two versions, or null when the file has nothing to edit that way. */
const EDITS: Record<string, (objects: Obj[]) => Versions | null> = {
  'a peer removed': (objects) => {
    const after = structuredClone(objects);
    const rule = policies(after)
      .flatMap(rulesOf)
      .find((r) => (peersOf(r)?.length ?? 0) >= 1);
    if (rule === undefined) return null;
    peersOf(rule)?.shift();
    return { before: objects, after };
  },
  'a selector narrowed': (objects) => {
    const after = structuredClone(objects);
    const policy = policies(after)[0];
    if (policy === undefined) return null;
    const spec = specOf(policy);
    const selector = isObj(spec.podSelector) ? spec.podSelector : {};
    const labels = isObj(selector.matchLabels) ? selector.matchLabels : {};
    spec.podSelector = { ...selector, matchLabels: { ...labels, tier: 'narrowed' } };
    return { before: objects, after };
  },
  'a policy deleted': (objects) => {
    const first = policies(objects)[0];
    if (first === undefined) return null;
    // The namespaces stay (a file with no object at all is not a valid input).
    const namespaces = namespacesOf(objects).map((n) => namespaceObject(n, {}));
    return {
      before: [...namespaces, ...objects],
      after: [...namespaces, ...objects.filter((o) => o !== first)],
    };
  },
  'a namespace label changed': (objects) => {
    // Namespaces labelled as the selectors ask; in the new version the first loses them.
    const names = namespacesOf(objects);
    const labels = selectorLabels(objects);
    const version = (changed: boolean) => [
      ...names.map((n, i) => namespaceObject(n, changed && i === 0 ? { team: 'other' } : labels)),
      ...objects,
    ];
    return names.length === 0 ? null : { before: version(false), after: version(true) };
  },
};

/** The numeric ports the rules of the policies name, and TCP 80. */
function rulePorts(objects: Obj[]): { containerPort: number; protocol: string }[] {
  const seen = new Map<string, { containerPort: number; protocol: string }>();
  seen.set('80/TCP', { containerPort: 80, protocol: 'TCP' });
  for (const rule of policies(objects).flatMap(rulesOf)) {
    for (const entry of Array.isArray(rule.ports) ? rule.ports.filter(isObj) : []) {
      const protocol = typeof entry.protocol === 'string' ? entry.protocol : 'TCP';
      if (typeof entry.port === 'number') {
        seen.set(`${entry.port}/${protocol}`, { containerPort: entry.port, protocol });
      }
    }
  }
  return [...seen.values()];
}

/**
 * Pods for the policies of the old version, kept in both: one per pod selector a policy
 * or a peer names (in the policy's namespace, or the one a peer's namespaceSelector names by
 * kubernetes.io/metadata.name), each declaring every port the rules name. So an edit changes
 * verdicts, not which pods exist.
 */
function podsFor(objects: Obj[]): Obj[] {
  const pods = new Map<string, Obj>();
  const ports = rulePorts(objects);
  const add = (namespace: string, selector: unknown) => {
    const labels = isObj(selector) && isObj(selector.matchLabels) ? selector.matchLabels : {};
    const key = `${namespace} ${JSON.stringify(labels)}`;
    if (pods.has(key)) return;
    pods.set(key, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `pod-${pods.size}`, namespace, labels },
      spec: { containers: [{ name: 'c', image: 'app', ports }] },
    });
  };
  for (const policy of policies(objects)) {
    const meta = isObj(policy.metadata) ? policy.metadata : {};
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
    add(namespace, specOf(policy).podSelector);
    for (const rule of rulesOf(policy)) {
      for (const peer of (peersOf(rule) ?? []).filter(isObj)) {
        if (peer.podSelector === undefined && peer.namespaceSelector === undefined) continue;
        const ns = isObj(peer.namespaceSelector) ? peer.namespaceSelector.matchLabels : undefined;
        const named = isObj(ns) ? ns['kubernetes.io/metadata.name'] : undefined;
        add(typeof named === 'string' ? named : namespace, peer.podSelector);
      }
    }
  }
  return [...pods.values()];
}

/** The cells where two reach results differ: `from>to port/protocol allowed-after`. */
function reachDifference(before: Reach, after: Reach): string[] {
  const cells: string[] = [];
  for (const now of after.results) {
    const then = before.results.find((r) => r.port === now.port && r.protocol === now.protocol);
    if (then === undefined) continue;
    for (const [from, row] of Object.entries(now.allowed)) {
      for (const [to, allowed] of Object.entries(row)) {
        const was = then.allowed[from]?.[to];
        if (was !== undefined && was !== allowed) {
          cells.push(`${from}>${to} ${now.port}/${now.protocol} ${allowed}`);
        }
      }
    }
  }
  return cells.sort();
}

function diffCells(diff: DiffJson): string[] {
  return diff.changes
    .flatMap((c) => [
      ...c.newlyAllowed.map((p) => `${c.from}>${c.to} ${p.port}/${p.protocol} true`),
      ...c.newlyBlocked.map((p) => `${c.from}>${c.to} ${p.port}/${p.protocol} false`),
    ])
    .sort();
}

/** The cells of `diff --output md`'s table: each row's ports, `TCP 80, UDP 53`, one by one. */
function markdownCells(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^\| (🟢|🔴) /.test(line))
    .flatMap((line) => {
      const [change = '', from = '', to = '', ports = ''] = line.slice(2).split(' | ');
      const allowed = change.includes('newly allowed');
      return ports.split(', ').map((p) => {
        const [protocol, port] = p.split(' ');
        return `${from.replaceAll('`', '')}>${to.replaceAll('`', '')} ${String(port)}/${String(protocol)} ${String(allowed)}`;
      });
    })
    .sort();
}

async function reachOf(path: string, infer: boolean): Promise<Reach> {
  const run = await cli(['reach', ...(infer ? ['--infer'] : []), '--json', path]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Reach;
}

const yamlOf = (objects: Obj[]) => objects.map((o) => dump(o, { noRefs: true })).join('---\n');

const portsOf = (r: Reach) => r.results.map(({ port, protocol }) => ({ port, protocol }));
const podsOf = (r: Reach) => Object.keys(r.results[0]?.allowed ?? {});
const keyOf = (p: { port: number; protocol: string }) => `${p.protocol} ${String(p.port)}`;
const without = <T>(list: T[], other: T[], key: (t: T) => string) =>
  list.filter((t) => !other.map(key).includes(key(t)));

/**
 * `diff BEFORE --against AFTER`, as JSON and as Markdown, against the two reach runs: the same
 * cells, counts, workloads and ports on one side only, and exit 1 exactly when something changed.
 */
async function checkDirection(
  paths: readonly [string, string],
  [then, now]: readonly [Reach, Reach],
  infer: boolean,
): Promise<boolean> {
  const flags = infer ? ['--infer'] : [];
  const [beforePath, afterPath] = paths;
  const run = await cli(['diff', ...flags, '--json', beforePath, '--against', afterPath]);
  const diff = JSON.parse(run.stdout) as DiffJson;
  const cells = reachDifference(then, now);
  expect(diffCells(diff)).toEqual(cells);
  expect(diff.newlyAllowed).toBe(cells.filter((c) => c.endsWith(' true')).length);
  expect(diff.newlyBlocked).toBe(cells.filter((c) => c.endsWith(' false')).length);
  const [had, has] = [podsOf(then), podsOf(now)];
  if (then.results.length > 0 && now.results.length > 0) {
    expect(diff.workloads.added).toEqual(has.filter((p) => !had.includes(p)));
    expect(diff.workloads.removed).toEqual(had.filter((p) => !has.includes(p)));
    expect(diff.ports.added).toEqual(without(portsOf(now), portsOf(then), keyOf));
    expect(diff.ports.removed).toEqual(without(portsOf(then), portsOf(now), keyOf));
  }
  const oneSide = [diff.namespaces, diff.workloads, diff.ports].some(
    (l) => l.added.length + l.removed.length > 0,
  );
  expect(diff.changed).toBe(cells.length > 0 || oneSide);
  expect(run.code).toBe(diff.changed ? 1 : 0);

  const md = await cli(['diff', ...flags, '--output', 'md', beforePath, '--against', afterPath]);
  expect(md.code).toBe(run.code);
  expect(md.stdout).toMatch(
    new RegExp(
      `^\\*\\*Connectivity diff:\\*\\* ${diff.newlyAllowed} newly allowed, ${diff.newlyBlocked} newly blocked `,
    ),
  );
  expect(markdownCells(md.stdout)).toEqual(cells);
  return cells.length > 0;
}

/** Checks the diff of two versions, both ways, against two reach runs; true when a verdict changed. */
async function crossCheck(before: Obj[], after: Obj[], infer: boolean): Promise<boolean> {
  const paths = [tmpFile(yamlOf(before)), tmpFile(yamlOf(after))] as const;
  const reach = [await reachOf(paths[0], infer), await reachOf(paths[1], infer)] as const;
  const forward = await checkDirection(paths, reach, infer);
  const backward = await checkDirection([paths[1], paths[0]], [reach[1], reach[0]], infer);
  expect(backward).toBe(forward);
  return forward;
}

/** Whether some rule of the policies names a peer (`from`/`to` with an element). */
const namesAPeer = (objects: Obj[]) =>
  policies(objects)
    .flatMap(rulesOf)
    .some((r) => (peersOf(r)?.length ?? 0) > 0);

// Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
// from there, never copied into the repository.
describe.skipIf(corpus.length === 0)('diff on real policies, against two reach runs', () => {
  const files = corpus.map((file) => ({
    name: file.split('/').pop() ?? file,
    objects: objectsOf(readFileSync(file, 'utf8')),
  }));
  const withPolicies = files.filter((f) => policies(f.objects).length > 0);
  const pairs = withPolicies.flatMap(({ name, objects }) =>
    Object.entries(EDITS).flatMap(([edit, apply]) => {
      const versions = apply(objects);
      return versions === null ? [] : [{ name: `${name}: ${edit}`, file: name, edit, ...versions }];
    }),
  );

  it('edits every file with policies in all four ways, a peer wherever a rule names one', () => {
    expect(withPolicies.map((f) => f.name)).toEqual(files.map((f) => f.name));
    for (const { name, objects } of withPolicies) {
      const edits = pairs.filter((p) => p.file === name).map((p) => p.edit);
      const expected = Object.keys(EDITS).filter(
        (edit) => edit !== 'a peer removed' || namesAPeer(objects),
      );
      expect(edits, name).toEqual(expected);
    }
    expect(pairs.length).toBeGreaterThan(150);
  });

  let changed = 0;
  it.each(pairs)('$name, with pods for the selectors', async ({ before, after }) => {
    const pods = podsFor(before);
    if (await crossCheck([...pods, ...before], [...pods, ...after], false)) changed++;
  });

  it.each(pairs)('$name, with the pods reach --infer adds', async ({ before, after }) => {
    await crossCheck(before, after, true);
  });

  it('saw verdicts change on most edits', () => {
    expect(changed).toBeGreaterThan(pairs.length / 2);
  });
});
