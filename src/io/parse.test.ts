import { describe, expect, it } from 'vitest';
import { POLICY, docOf, issuesOf, parse } from './__fixtures__/parseText';
import { parseFiles } from './parse';

describe('when the same object is given twice', () => {
  it('refuses a second NetworkPolicy with the same namespace and name', () => {
    const result = parseFiles([
      { name: 'a.yaml', text: POLICY('p') },
      { name: 'b.yaml', text: `# again\n${POLICY('p')}` },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        file: 'b.yaml',
        line: 4,
        column: 12,
        path: 'metadata.name',
        severity: 'error',
        message: 'NetworkPolicy default/p is defined twice (first at a.yaml:1)',
      },
    ]);
  });

  it('keeps the first of two workloads with the same name, with a warning', () => {
    const pod = (port: number) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: ${port}}]}]}\n`;
    const result = parse(`${pod(80)}---\n${pod(81)}`);
    expect(result.ok && result.doc.workloads.map((w) => w.ports[0]?.containerPort)).toEqual([80]);
    expect(result.issues).toMatchObject([
      {
        line: 6,
        severity: 'warning',
        message: 'workload default/a is already defined (in.yaml:1); this one is skipped',
      },
    ]);
  });
});

describe('when namespaces are collected', () => {
  it('lists Namespace objects first, then the namespaces things live in, in order of appearance', () => {
    const doc = docOf(`${POLICY('p', 'zeta')}---
apiVersion: v1
kind: Pod
metadata: {name: a}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {name: prod}}
---
${POLICY('q', 'prod')}`);
    expect(doc.namespaces).toEqual([
      { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod', name: 'prod' } },
      { name: 'zeta', labels: { 'kubernetes.io/metadata.name': 'zeta' } },
      { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
    ]);
  });
});

describe('when external endpoints are read', () => {
  it('takes the free-text name from the annotation', () => {
    const doc = docOf(`${POLICY('p')}---
apiVersion: netpol-canvas.dev/v1alpha1
kind: ExternalEndpoint
metadata: {name: backup-server, annotations: {netpol-canvas.dev/name: backup server}}
spec: {cidr: 192.168.5.10/32}
---
apiVersion: netpol-canvas.dev/v1alpha1
kind: ExternalEndpoint
metadata: {name: dns}
spec: {cidr: 8.8.8.8}
`);
    expect(doc.externals).toEqual([
      { name: 'backup server', cidr: '192.168.5.10/32' },
      { name: 'dns', cidr: '8.8.8.8' },
    ]);
  });

  it('refuses a CIDR that does not parse', () => {
    const issues = issuesOf(
      'apiVersion: netpol-canvas.dev/v1alpha1\nkind: ExternalEndpoint\nmetadata: {name: x}\nspec: {cidr: 300.1.1.1/8}\n',
    );
    expect(issues).toEqual([
      {
        line: 4,
        path: 'spec.cidr',
        severity: 'error',
        message: '"300.1.1.1/8" is not an IP or a CIDR',
      },
    ]);
  });
});

describe('when a file holds nothing usable', () => {
  it('reports kinds it does not read and fails the file', () => {
    expect(
      issuesOf('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, namespace: x}\n'),
    ).toEqual([
      {
        line: 0,
        path: '',
        severity: 'error',
        message:
          'nothing usable: no NetworkPolicy, Namespace, Pod, workload or Service in the file',
      },
      {
        line: 1,
        path: '',
        severity: 'warning',
        message: 'ConfigMap x/web (v1) is not read; skipped',
      },
    ]);
  });

  it('refuses a kind it reads under an apiVersion that does not serve it, as kubectl does', () => {
    const text = [
      'apiVersion: v1',
      'kind: NetworkPolicy',
      'metadata: {name: p, namespace: x}',
      'spec: {podSelector: {}}',
      '---',
      'apiVersion: v1',
      'kind: Deployment',
      'metadata: {name: d, namespace: x}',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      {
        line: 1,
        path: 'apiVersion',
        severity: 'error',
        message: 'no NetworkPolicy in v1: write apiVersion: networking.k8s.io/v1',
      },
      {
        line: 6,
        path: 'apiVersion',
        severity: 'error',
        message: 'no Deployment in v1: write apiVersion: apps/v1',
      },
    ]);
  });

  it('refuses a misspelled kind and names the kind meant', () => {
    const issues = issuesOf(POLICY('p').replace('kind: NetworkPolicy', 'kind: Networkpolicy'));
    expect(issues).toEqual([
      {
        line: 2,
        path: 'kind',
        severity: 'error',
        message:
          'no kind "Networkpolicy" in networking.k8s.io/v1 (kinds are case-sensitive): did you mean NetworkPolicy (apiVersion: networking.k8s.io/v1)?',
      },
    ]);
    expect(issuesOf('apiVersion: v1\nkind: Pods\nmetadata: {name: a}\n')[0]?.message).toContain(
      'did you mean Pod (apiVersion: v1)?',
    );
  });

  it("skips other products' kinds and Kubernetes kinds near a read one, such as Node", () => {
    const text = [
      'apiVersion: projectcalico.org/v3',
      'kind: NetworkPolicy',
      'metadata: {name: c, namespace: x}',
      '---',
      'apiVersion: v1',
      'kind: Node',
      'metadata: {name: n}',
      '---',
      POLICY('p'),
    ].join('\n');
    expect(issuesOf(text).map((issue) => `${issue.severity} ${issue.message}`)).toEqual([
      'warning NetworkPolicy x/c (projectcalico.org/v3) is not read; skipped',
      'warning Node n (v1) is not read; skipped',
    ]);
  });

  it('fails an empty file', () => {
    expect(issuesOf('# nothing here\n---\n')).toEqual([
      { line: 0, path: '', severity: 'error', message: 'the file holds no Kubernetes object' },
    ]);
  });

  it('refuses a document that is not an object, or has no kind', () => {
    expect(
      issuesOf(`${POLICY('p')}---\njust text\n---\n[1, 2]\n---\nmetadata: {name: x}\n`),
    ).toEqual([
      {
        line: 6,
        path: '',
        severity: 'error',
        message:
          'expected a Kubernetes object (apiVersion, kind, metadata), found the string "just text"',
      },
      {
        line: 8,
        path: '',
        severity: 'error',
        message: 'expected a Kubernetes object (apiVersion, kind, metadata), found a list',
      },
      { line: 10, path: 'kind', severity: 'error', message: 'kind is required' },
    ]);
  });
});

describe('when several files are read', () => {
  it('reports the issues of every file, in file order, and gives no document', () => {
    const result = parseFiles([
      { name: 'bad.yaml', text: 'kind: [\n' },
      { name: 'good.yaml', text: POLICY('p') },
      {
        name: 'worse.yaml',
        text: POLICY('q').replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1'),
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => `${issue.file}:${issue.line} ${issue.severity}`)).toEqual([
      'bad.yaml:2 error',
      'worse.yaml:1 error',
    ]);
  });

  it('builds one document from all of them', () => {
    const result = parseFiles([
      { name: 'a.yaml', text: POLICY('p', 'x') },
      { name: 'b.yaml', text: POLICY('q', 'w') },
    ]);
    expect(
      result.ok && result.doc.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`),
    ).toEqual(['x/p', 'w/q']);
  });
});

describe('when one of several files holds only kinds that are not read', () => {
  it('warns about that file and reads the others, as within one file', () => {
    const config = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, namespace: x}\n';
    const result = parseFiles([
      { name: 'cm.yaml', text: config },
      { name: 'empty.yaml', text: '# nothing\n' },
      { name: 'np.yaml', text: POLICY('p') },
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => `${i.file} ${i.severity} ${i.message}`)).toEqual([
      'cm.yaml warning nothing usable: no NetworkPolicy, Namespace, Pod, workload or Service in the file',
      'cm.yaml warning ConfigMap x/web (v1) is not read; skipped',
      'empty.yaml warning the file holds no Kubernetes object',
    ]);
  });
});

describe('when an empty file is an empty design (a file a pull request adds)', () => {
  it('reads a file with no document as no object, with no issue', () => {
    const result = parseFiles(
      [
        { name: 'new.yaml', text: '# policies go here\n---\n  \n' },
        { name: 'null', text: '' },
      ],
      { emptyIsDesign: true },
    );
    expect(result).toEqual({
      ok: true,
      doc: expect.objectContaining({ namespaces: [], workloads: [], policies: [] }) as unknown,
      issues: [],
    });
  });

  it('still fails a file whose objects are all of kinds not read', () => {
    const config = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, namespace: x}\n';
    const result = parseFiles([{ name: 'cm.yaml', text: config }], { emptyIsDesign: true });
    expect(result.ok).toBe(false);
  });
});
