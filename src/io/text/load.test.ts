import { describe, expect, it } from 'vitest';
import { loadObjects, loadYaml } from './load';
import type { LoadedObject } from './load';

function objectsOf(text: string): LoadedObject[] {
  const result = loadObjects({ name: 'in.yaml', text });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.objects;
}

function errorsOf(text: string) {
  const result = loadObjects({ name: 'in.yaml', text });
  expect(result.ok).toBe(false);
  return result.issues;
}

describe('when a file holds several documents', () => {
  it('reads each document and skips empty ones', () => {
    const text = '---\n# only a comment\n---\nkind: A\n---\n---\nkind: B\n...\n---\n';
    expect(objectsOf(text).map((object) => object.value)).toEqual([{ kind: 'A' }, { kind: 'B' }]);
  });

  it('places a field of a document that follows empty ones at its line', () => {
    const text = '---\n# only a comment\n---\nkind: A\n---\n---\nkind: B\nspec:\n  x: 1\n';
    const [a, b] = objectsOf(text);
    expect(a?.locate('kind')).toEqual({ line: 4, column: 1 });
    expect(b?.locate('spec.x')).toEqual({ line: 9, column: 3 });
    const loaded = loadYaml({ name: 'in.yaml', text });
    expect(loaded.ok && loaded.locate(1, 'spec.x')).toEqual({ line: 9, column: 3 });
  });

  it('reads JSON as well as YAML', () => {
    expect(objectsOf('{"kind": "A", "spec": {"x": [1, 2]}}').map((o) => o.value)).toEqual([
      { kind: 'A', spec: { x: [1, 2] } },
    ]);
  });

  it('reads a file with a byte order mark and CRLF line endings', () => {
    const [object] = objectsOf('\uFEFFkind: A\r\nspec:\r\n  x: 1\r\n');
    expect(object?.value).toEqual({ kind: 'A', spec: { x: 1 } });
    expect(object?.locate('spec.x')).toEqual({ line: 3, column: 3 });
    expect(object?.locate('kind')).toEqual({ line: 1, column: 1 });
  });
});

describe('when a document is a List', () => {
  const text = [
    'apiVersion: v1',
    'kind: List',
    'items:',
    '  - kind: A',
    '    spec: {x: 1}',
    '  - kind: List',
    '    items:',
    '      - kind: B',
    '        metadata: {name: b}',
    '  - kind: C',
    '',
  ].join('\n');

  it('unwraps its items, nested Lists too', () => {
    const objects = objectsOf(text);
    expect(objects.map((object) => object.base)).toEqual([
      'items[0]',
      'items[1].items[0]',
      'items[2]',
    ]);
    expect(objects.map((object) => (object.value as { kind: string }).kind)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('locates object-relative paths at their real place in the file', () => {
    const [a, b, c] = objectsOf(text);
    expect(a?.locate('spec.x')).toEqual({ line: 5, column: 12 });
    expect(b?.locate('metadata.name')).toEqual({ line: 9, column: 20 });
    expect(b?.locate('')).toEqual({ line: 8, column: 9 });
    expect(c?.locate('kind')).toEqual({ line: 10, column: 5 });
  });

  it('unwraps typed lists such as NetworkPolicyList', () => {
    const objects = objectsOf('kind: NetworkPolicyList\nitems: [{kind: A}]\n');
    expect(objects.map((object) => object.value)).toEqual([{ kind: 'A' }]);
  });

  it('gives the items of a typed list the kind and apiVersion the API leaves out of them', () => {
    const objects = objectsOf(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicyList',
        'items:',
        '  - metadata: {name: a}',
        '  - {apiVersion: v2, kind: Other, metadata: {name: b}}',
        '',
      ].join('\n'),
    );
    expect(objects.map((object) => object.value)).toEqual([
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'a' } },
      { apiVersion: 'v2', kind: 'Other', metadata: { name: 'b' } },
    ]);
    expect(objects[0]?.locate('metadata.name')).toEqual({ line: 4, column: 16 });
  });
});

describe('when a mapping repeats a key', () => {
  const text = 'kind: List\nitems:\n  - kind: A\n    metadata:\n      name: a\n      name: b\n';

  it('reports the repeat at its line with an object-relative path, and keeps reading', () => {
    const [object] = objectsOf(text);
    expect(object?.duplicates).toEqual([
      {
        file: 'in.yaml',
        line: 6,
        column: 7,
        path: 'metadata.name',
        severity: 'error',
        message: 'duplicate key "name" (first at line 5)',
      },
    ]);
    expect(object?.value).toEqual({ kind: 'A', metadata: { name: 'b' } });
  });

  it('fails loadYaml with the repeat', () => {
    const result = loadYaml({ name: 'in.yaml', text });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual(['items[0].metadata.name']);
  });
});

describe('when the YAML is broken', () => {
  it('reports the syntax error where js-yaml found it and yields nothing', () => {
    const result = loadObjects({ name: 'in.yaml', text: 'kind: A\nspec:\n  x: 1\n y: 2\n' });
    expect(result.ok && result.objects).toEqual([]);
    const [issue, ...rest] = result.issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'in.yaml', line: 4, severity: 'error', path: '' });
    expect(issue?.message).toMatch(/^YAML syntax error: /);
  });

  it('reads the other documents of the file, each broken one with its own error', () => {
    const text = [
      'kind: A',
      'spec: {x: 1}',
      '---',
      'kind: B',
      'metadata:',
      '  name: [unclosed',
      '---',
      'kind: C',
      'spec: {y: 2}',
      '--- ',
      'kind: D',
      '  bad: indent',
      '',
    ].join('\n');
    const result = loadObjects({ name: 'in.yaml', text });
    expect(result.ok && result.objects.map((object) => object.value)).toEqual([
      { kind: 'A', spec: { x: 1 } },
      { kind: 'C', spec: { y: 2 } },
    ]);
    expect(result.issues.map((issue) => `${issue.line} ${issue.severity}`)).toEqual([
      '7 error',
      '12 error',
    ]);
    const c = result.ok ? result.objects[1] : undefined;
    expect(c?.locate('spec.y')).toEqual({ line: 9, column: 8 });
    expect(loadYaml({ name: 'in.yaml', text }).ok).toBe(false);
  });

  it('reports an error it cannot read past, in a document on its marker line', () => {
    const result = loadObjects({ name: 'in.yaml', text: 'kind: A\n--- [1, {{ x }}\n' });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ line: 3, severity: 'error' }]);
    expect(result.issues[0]?.message).toMatch(/^YAML syntax error: .*template/);
  });

  it('says a Helm template must be rendered first', () => {
    const text = '{{- if .Values.networkPolicy.enabled }}\nkind: NetworkPolicy\n{{- end }}\n';
    const issuesOf = (yaml: string) => loadObjects({ name: 'in.yaml', text: yaml }).issues;
    const [issue] = issuesOf(text);
    expect(issue?.message).toMatch(/^YAML syntax error: .*Helm or Go template: render it first/);
    const [plain] = issuesOf('a: [1\n');
    expect(plain?.message).not.toContain('template');
  });

  it('reports an unknown alias', () => {
    expect(errorsOf('a: *nowhere\n')[0]?.message).toBe('unknown alias *nowhere');
  });

  it('reports an unknown tag instead of throwing', () => {
    expect(errorsOf('a: !!binary aGk=\n')[0]?.message).toMatch(/^YAML error: /);
  });
});

describe('when the input is hostile', () => {
  it('refuses a 50 MB file without parsing it', () => {
    const text = `kind: A\ndata: "${'x'.repeat(50 * 1000 * 1000)}"\n`;
    const issues = errorsOf(text);
    expect(issues).toEqual([
      {
        file: 'in.yaml',
        line: 0,
        column: 0,
        path: '',
        severity: 'error',
        message: 'file is 47.7 MiB; the limit is 32 MiB',
      },
    ]);
  });

  it('counts the size in UTF-8 bytes', () => {
    const text = `a: "${'é'.repeat(17 * 1024 * 1024)}"\n`;
    expect(errorsOf(text)[0]?.message).toBe('file is 34.0 MiB; the limit is 32 MiB');
  });

  it('refuses nesting deeper than 64 levels', () => {
    const text = `${'['.repeat(65)}${']'.repeat(65)}\n`;
    expect(errorsOf(text)[0]?.message).toBe('nesting deeper than 64 levels');
    expect(objectsOf(`${'['.repeat(64)}${']'.repeat(64)}\n`)).toHaveLength(1);
  });

  it('refuses a billion laughs before anything walks the result', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const issues = errorsOf(`${lines.join('\n')}\n`);
    expect(issues[0]?.message).toMatch(/^aliases expand to more than 1,000,000 nodes/);
    expect(issues[0]?.line).toBeGreaterThan(1);
  });

  it('refuses an alias to the node that contains it', () => {
    expect(errorsOf('a: &a [1, *a]\n')[0]?.message).toBe(
      'alias *a refers to the node that contains it (a cycle)',
    );
  });

  it('refuses aliases that nest deeper than 64 levels once expanded', () => {
    const deep = `${'['.repeat(40)}1${']'.repeat(40)}`;
    const text = `a: &a ${deep}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n`;
    expect(errorsOf(text)[0]?.message).toBe('alias *a nests deeper than 64 levels');
  });
});

describe('loadYaml', () => {
  it('returns the documents as values, Lists not unwrapped', () => {
    const result = loadYaml({
      name: 'in.yaml',
      text: 'kind: List\nitems: [{kind: A}]\n---\n---\nkind: B\n',
    });
    expect(result).toMatchObject({
      ok: true,
      documents: [{ kind: 'List', items: [{ kind: 'A' }] }, { kind: 'B' }],
      issues: [],
    });
  });

  it('locates a path of each non-empty document where it was written', () => {
    const result = loadYaml({ name: 'in.yaml', text: '- {a: 1}\n---\n---\n- x\n- {port: 80}\n' });
    expect(result.ok && result.locate(1, '[1].port')).toEqual({ line: 5, column: 4 });
    expect(result.ok && result.locate(0, '[0].a')).toEqual({ line: 1, column: 4 });
    expect(result.ok && result.locate(7, '')).toEqual({ line: 0, column: 0 });
  });
});

describe('when nesting is close to the limit', () => {
  it('accepts 64 levels in block style and refuses 65', () => {
    const block = (levels: number) =>
      Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    expect(objectsOf(block(64))).toHaveLength(1);
    expect(errorsOf(block(65))[0]?.message).toBe('nesting deeper than 64 levels');
  });
});

describe('when a repeated key is quoted', () => {
  it('points at its opening quote', () => {
    const [object] = objectsOf('kind: A\n"a": 1\n\'a\': 2\n');
    expect(object?.duplicates[0]).toMatchObject({ line: 3, column: 1, path: 'a' });
  });
});
