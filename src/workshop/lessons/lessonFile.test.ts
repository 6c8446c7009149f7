import { describe, expect, it } from 'vitest';
import { BUILT_IN_LESSONS, builtInLesson } from './builtIn/builtInLessons';
import type { Lesson } from './lesson';
import { lessonFileParse } from './lessonFile';
import { lessonFileSerialize } from './lessonFileWrite';

function lessonOf(id: string): Lesson {
  const lesson = builtInLesson(id);
  if (lesson === null) throw new Error(`no lesson ${id}`);
  return lesson;
}

function parsed(text: string) {
  return lessonFileParse({ name: 'my-lesson.yaml', text });
}

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n';
const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  '  namespace: prod',
  '  labels: {app: web}',
  'spec:',
  '  containers:',
  '    - name: web',
  '      image: nginx',
  '      ports: [{containerPort: 80}]',
  '',
].join('\n');

/** A small lesson file, with `step` lines (indented as a step's fields) in its one step. */
function lessonText(step: readonly string[]): string {
  return [
    'apiVersion: netpol-canvas.dev/v1alpha1',
    'kind: Lesson',
    'metadata:',
    '  name: my-lesson',
    'spec:',
    '  title: My lesson',
    '  summary: A short one.',
    '  steps:',
    '    - title: First',
    '      text: One sentence. Two sentences.',
    ...step.map((line) => `      ${line}`),
    '',
  ].join('\n');
}

function block(yaml: string): string[] {
  return [
    'document: |',
    ...yaml
      .trimEnd()
      .split('\n')
      .map((line) => (line === '' ? '' : `  ${line}`)),
  ];
}

describe('when a lesson is written to a file and read back', () => {
  it.each(BUILT_IN_LESSONS.map((l) => l.id))('gives the same lesson: %s', (id) => {
    const lesson = lessonOf(id);
    const result = parsed(lessonFileSerialize(lesson));
    expect(result.issues).toEqual([]);
    expect(result.ok && result.lesson).toEqual(lesson);
  });

  it('writes the same bytes again', () => {
    const text = lessonFileSerialize(lessonOf('outside'));
    const again = parsed(text);
    expect(again.ok && lessonFileSerialize(again.lesson)).toBe(text);
  });

  it('keeps texts that look like YAML, quotes, line breaks and unusual characters', () => {
    const base = lessonOf('three-tiers');
    const first = base.steps[0];
    if (first === undefined) throw new Error('no step');
    const strange =
      'yes: no # not a comment\n"quoted" \\ back\tslash \u0085\u2028 caf\u00e9 \u{1F600}';
    const lesson: Lesson = {
      ...base,
      title: 'on',
      summary: '',
      steps: [{ ...first, title: '- [x]', text: strange }],
    };
    const result = parsed(lessonFileSerialize(lesson));
    expect(result.ok && result.lesson).toEqual(lesson);
  });

  it('writes each design in a literal block that kubectl could read', () => {
    const text = lessonFileSerialize(lessonOf('three-tiers'));
    expect(text).toContain('      document: |\n        apiVersion: v1\n        kind: Namespace\n');
  });
});

describe('when a step writes its design inline as a list of objects', () => {
  it('reads the same design as the YAML text', () => {
    const inline = parsed(
      lessonText([
        'document:',
        '  - {apiVersion: v1, kind: Namespace, metadata: {name: prod}}',
        '  - apiVersion: v1',
        '    kind: Pod',
        '    metadata: {name: web, namespace: prod, labels: {app: web}}',
        '    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}',
      ]),
    );
    const text = parsed(lessonText(block(`${NAMESPACE}---\n${POD}`)));
    expect(inline.issues).toEqual([]);
    expect(inline.ok && inline.lesson.steps[0]?.doc).toEqual(text.ok && text.lesson.steps[0]?.doc);
  });

  it("places an object's problem at its field in the list", () => {
    const result = parsed(
      lessonText([
        'document:',
        '  - {apiVersion: v1, kind: Namespace, metadata: {name: prod}}',
        '  - apiVersion: networking.k8s.io/v1',
        '    kind: NetworkPolicy',
        '    metadata: {name: p, namespace: prod}',
        '    spec: {podSelector: {}, policyTypes: [Sideways]}',
      ]),
    );
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.severity === 'error');
    expect(issue?.path).toMatch(/^spec\.steps\[0\]\.document\[1\]\.spec\.policyTypes/);
    expect(issue?.line).toBe(16);
  });
});

describe('when a lesson file has mistakes', () => {
  it('reports a claim with a bad port at its field and line, without throwing', () => {
    const result = parsed(
      lessonText([
        'expect:',
        '  - {from: prod/web, to: prod/web, port: 70000, allowed: true}',
        ...block(`${NAMESPACE}---\n${POD}`),
      ]),
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        path: 'spec.steps[0].expect[0].port',
        severity: 'error',
        line: 12,
        message: 'must be a port number from 1 to 65535, not 70000',
      }),
    );
  });

  it('refuses a claim about a pod the step does not have', () => {
    const result = parsed(
      lessonText([
        'expect:',
        '  - {from: prod/api, to: prod/web, port: 80, allowed: true}',
        ...block(`${NAMESPACE}---\n${POD}`),
      ]),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.message])).toContainEqual([
      'spec.steps[0].expect[0].from',
      `end "prod/api" is not in this step's document`,
    ]);
  });

  it('refuses a focus on a node the step does not have', () => {
    const result = parsed(lessonText(['focus: {nodes: [prod/db]}', ...block(NAMESPACE)]));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toBe('spec.steps[0].focus.nodes[0]');
  });

  it('places a problem of the design at its own line inside the literal block', () => {
    const bad = POD.replace('containerPort: 80', 'containerPort: 0');
    const result = parsed(lessonText(block(`${NAMESPACE}---\n${bad}`)));
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.severity === 'error');
    const lines = lessonText(block(`${NAMESPACE}---\n${bad}`)).split('\n');
    expect(issue?.path).toBe('spec.steps[0].document');
    expect(lines[(issue?.line ?? 0) - 1]).toContain('containerPort: 0');
    expect(issue?.message).toMatch(/containerPort/);
  });

  it('warns about a field it does not know and still reads the lesson', () => {
    const result = parsed(lessonText(['colour: blue', ...block(NAMESPACE)]));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'spec.steps[0].colour', severity: 'warning', line: 11 }),
    ]);
  });

  it('needs a title, a text and a document in every step', () => {
    const result = parsed(lessonText([]).replace('      text: One sentence. Two sentences.\n', ''));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['spec.steps[0].text', 'spec.steps[0].document']),
    );
  });

  it('needs the lesson kind, a valid id and at least one step', () => {
    const text = lessonText(block(NAMESPACE))
      .replace('kind: Lesson', 'kind: Lecture')
      .replace('name: my-lesson', 'name: My Lesson');
    const result = parsed(text);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(['kind', 'metadata.name']);
    const empty = parsed(text.slice(0, text.indexOf('  steps:')) + '  steps: []\n');
    expect(empty.issues.map((i) => i.message)).toContain('a lesson needs at least one step');
  });

  it.each([
    ['a YAML syntax error', 'spec: [unclosed'],
    ['two YAML documents', `${lessonText(block(NAMESPACE))}---\n${lessonText(block(NAMESPACE))}`],
    ['a list instead of a lesson', '- a\n- b\n'],
    ['an empty file', ''],
    ['a document that is a number', lessonText(['document: 42'])],
  ])('reports %s as issues', (_, text) => {
    const result = parsed(text);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.file === 'my-lesson.yaml')).toBe(true);
  });
});
