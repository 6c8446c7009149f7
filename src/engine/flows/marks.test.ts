import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../model';
import { netpol } from '../__fixtures__/clusters/objects';
import {
  FLOWS_ANNOTATION,
  flowMarksOf,
  markOfRule,
  metadataWithMarks,
  policyRuleRemove,
  policyWithMarks,
  ruleHash,
} from './marks';
import type { FlowMark } from './marks';

const POLICY = netpol('prod', 'db-ingress', {
  podSelector: { matchLabels: { role: 'db' } },
  policyTypes: ['Ingress'],
  ingress: [
    { from: [{ podSelector: { matchLabels: { role: 'api' } } }] },
    { from: [{ podSelector: { matchLabels: { role: 'web' } } }] },
  ],
});
const [API_RULE = {}, WEB_RULE = {}] = POLICY.spec.ingress ?? [];
const MARKS: FlowMark[] = [
  { flow: 'a', direction: 'ingress', rule: 0, hash: ruleHash(API_RULE), created: true },
  { flow: 'b', direction: 'ingress', rule: 1, hash: ruleHash(WEB_RULE), absent: true },
];

function annotated(annotation: string): NetworkPolicy {
  return {
    ...POLICY,
    metadata: { ...POLICY.metadata, annotations: { [FLOWS_ANNOTATION]: annotation } },
  };
}

describe('the flow annotation', () => {
  it('reads back the marks it was written with', () => {
    expect(flowMarksOf(policyWithMarks(POLICY, MARKS))).toEqual(MARKS);
  });

  it('is one line of JSON a person can read in the exported YAML', () => {
    const text = policyWithMarks(POLICY, MARKS.slice(0, 1)).metadata.annotations?.[
      FLOWS_ANNOTATION
    ];
    expect(text).toBe(
      `[{"flow":"a","rule":"ingress[0]","hash":"${ruleHash(API_RULE)}","created":true}]`,
    );
  });

  it('reads as no marks when it is not JSON or not marks', () => {
    expect(flowMarksOf(annotated('not json'))).toEqual([]);
    expect(flowMarksOf(annotated('{"flow":"a"}'))).toEqual([]);
    expect(flowMarksOf(annotated('[{"flow":"a","rule":"sideways[0]","hash":"1"}]'))).toEqual([]);
  });

  it('leaves other annotations alone, and goes away with the last mark', () => {
    const metadata = { name: 'x', namespace: 'prod', annotations: { owner: 'team-a' } };
    const marked = metadataWithMarks(metadata, MARKS);
    expect(marked.annotations?.owner).toBe('team-a');
    expect(metadataWithMarks(marked, [])).toEqual(metadata);
    expect(metadataWithMarks({ name: 'x', namespace: 'prod' }, [])).toEqual({
      name: 'x',
      namespace: 'prod',
    });
  });
});

describe('the hash of a rule', () => {
  it('does not depend on the order of keys (an imported rule hashes as it was written)', () => {
    const written = {
      from: [{ podSelector: { matchLabels: { a: '1', b: '2' } } }],
      ports: [{ protocol: 'TCP', port: 80 }],
    } as const;
    const imported = {
      ports: [{ port: 80, protocol: 'TCP' }],
      from: [{ podSelector: { matchLabels: { b: '2', a: '1' } } }],
    } as const;
    expect(ruleHash(imported)).toBe(ruleHash(written));
  });

  it('changes when the rule does', () => {
    expect(ruleHash({ ports: [{ protocol: 'TCP', port: 80 }] })).not.toBe(
      ruleHash({ ports: [{ protocol: 'TCP', port: 81 }] }),
    );
  });
});

describe('when a marked rule is removed from a policy', () => {
  it('drops its mark, moves later marks up and hands the flags on', () => {
    const next = policyRuleRemove(policyWithMarks(POLICY, MARKS), 'ingress', 0);
    expect(next.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { role: 'web' } } }] },
    ]);
    expect(flowMarksOf(next)).toEqual([{ ...MARKS[1], rule: 0, created: true }]);
  });

  it('changes nothing for a rule that is not there', () => {
    expect(policyRuleRemove(POLICY, 'egress', 0)).toBe(POLICY);
    expect(policyRuleRemove(POLICY, 'ingress', 5)).toBe(POLICY);
  });
});

describe('the mark of a rule', () => {
  it('is found by its hash when the rules were reordered since', () => {
    const marks: FlowMark[] = [
      { flow: 'a', direction: 'ingress', rule: 1, hash: ruleHash(API_RULE) },
    ];
    expect(markOfRule(marks, 'ingress', 0, API_RULE)?.flow).toBe('a');
    expect(markOfRule(marks, 'ingress', 1, WEB_RULE)).toBeUndefined();
    expect(markOfRule(marks, 'egress', 0, API_RULE)).toBeUndefined();
  });
});
