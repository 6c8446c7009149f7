import { describe, expect, it } from 'vitest';
import { docOf, issuesOf, parse } from './__fixtures__/parseText';
import { parseFiles } from './parse';

const XYZ = `apiVersion: v1
kind: Namespace
metadata:
  name: y
  labels: {ns: y}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: y, labels: {pod: a}}
spec:
  tty: yes
  containers: [{name: c, image: i}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: y}
spec:
  podSelector: {}
  ingress: [{from: [{namespaceSelector: {matchLabels: {ns: n}}}]}]
`;

describe('when a value is a word YAML 1.1 reads as a boolean (y, n, yes, no, on, off)', () => {
  it('reads it as the text it looks like, so a namespace named y works', () => {
    const doc = docOf(XYZ);
    expect(doc.namespaces.map((ns) => ns.labels.ns)).toEqual(['y']);
    expect(doc.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual(['y/a']);
    const peer = doc.policies[0]?.spec.ingress?.[0]?.from?.[0];
    expect(peer?.namespaceSelector?.matchLabels).toEqual({ ns: 'n' });
  });

  it('warns, at the value, that kubectl would read a boolean there', () => {
    const issues = issuesOf(XYZ);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual([
      '4 metadata.name',
      '5 metadata.labels.ns',
      '9 metadata.namespace',
      '16 metadata.namespace',
      '19 spec.ingress[0].from[0].namespaceSelector.matchLabels.ns',
    ]);
    expect(issues[0]?.message).toContain('write "y" in quotes');
  });

  it('says nothing about such a word in a workload field that really is a boolean', () => {
    expect(issuesOf(XYZ).some((issue) => issue.path.includes('tty'))).toBe(false);
  });

  it('still reads true and false as booleans, which a label value may not be', () => {
    const result = parse(XYZ.replace('labels: {ns: y}', 'labels: {ns: true}'));
    expect(result.ok).toBe(false);
    expect(result.issues.find((issue) => issue.severity === 'error')?.path).toBe(
      'metadata.labels.ns',
    );
  });

  it('exports such a value in quotes, so kubectl reads it back as text', async () => {
    const { serializeDocument } = await import('./serialize');
    const text = serializeDocument(docOf(XYZ));
    expect(text).toContain("name: 'y'");
    expect(issuesOf(text).filter((issue) => issue.message.includes('boolean'))).toEqual([]);
  });

  it('is an error, as kubectl and the API server see it, when read strictly (validate)', () => {
    const result = parseFiles([{ name: 'in.yaml', text: XYZ }], { booleanWords: 'error' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => `${issue.severity} ${issue.line} ${issue.path}`)).toEqual([
      'error 4 metadata.name',
      'error 5 metadata.labels.ns',
      'error 9 metadata.namespace',
      'error 16 metadata.namespace',
      'error 19 spec.ingress[0].from[0].namespaceSelector.matchLabels.ns',
    ]);
    expect(result.issues[0]?.message).toBe(
      'must be a string, not a boolean: kubectl reads an unquoted y as true (YAML 1.1) and the API server rejects it: write "y" in quotes',
    );
    expect(result.issues[4]?.message).toContain('an unquoted n as false');
  });
});
