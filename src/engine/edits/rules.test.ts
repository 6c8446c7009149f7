import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import { drawThreeTier } from '../__fixtures__/drawnThreeTier';
import { allowFlow } from '../flows/allow';
import { flowMarksOf } from '../flows/marks';
import { flowRemove } from '../flows/remove';
import { applyEdit } from './applyEdit';
import type { DocEdit, RuleRef } from './types';

const API = { namespace: 'prod', name: 'api-ingress' };
const WEB_FLOW = 'prod/web>prod/api TCP/5000';
const DB_FLOW = 'prod/db>prod/api TCP/9000';
const FROM_OPS = { from: [{ podSelector: { matchLabels: { role: 'ops' } } }] };

/** api-ingress with two drawn rules: web → api 5000 (ingress[0]), db → api 9000 (ingress[1]). */
function drawn(): Doc {
  const dbToApi = {
    from: { kind: 'workload', namespace: 'prod', name: 'db' },
    to: { kind: 'workload', namespace: 'prod', name: 'api' },
    ports: [{ protocol: 'TCP', port: 9000 }],
  } as const;
  return allowFlow(drawThreeTier(), dbToApi).doc;
}

function apiPolicy(doc: Doc): NetworkPolicy | undefined {
  return doc.policies.find((p) => p.metadata.name === 'api-ingress');
}

/** Where each drawn flow's mark on api-ingress says its rule is. */
function marks(doc: Doc): Record<string, string> {
  const policy = apiPolicy(doc);
  if (policy === undefined) return {};
  return Object.fromEntries(
    flowMarksOf(policy).map((m) => [
      m.flow,
      `${m.direction}[${m.rule}]${m.created === true ? ' created' : ''}`,
    ]),
  );
}

/** The ports of api-ingress's ingress rules, in order: which rules are where. */
function ports(doc: Doc): unknown[] {
  return (apiPolicy(doc)?.spec.ingress ?? []).map((r) => r.ports?.[0]?.port ?? '*');
}

const rule = (ruleIndex: number): RuleRef => ({ policy: API, direction: 'ingress', ruleIndex });

describe('when a rule is added', () => {
  it('is appended, and the drawn rules keep their marks', () => {
    const next = applyEdit(drawn(), {
      type: 'addRule',
      policy: API,
      direction: 'ingress',
      rule: FROM_OPS,
    });
    expect(apiPolicy(next)?.spec.ingress?.[2]).toEqual(FROM_OPS);
    expect(marks(next)).toEqual(marks(drawn()));
    expect(ports(flowRemove(next, WEB_FLOW))).toEqual([9000, '*']);
  });

  it('creates the list when the policy had none', () => {
    const next = applyEdit(drawn(), {
      type: 'addRule',
      policy: API,
      direction: 'egress',
      rule: {},
    });
    expect(apiPolicy(next)?.spec.egress).toEqual([{}]);
  });
});

describe('when a drawn rule is changed by hand', () => {
  const edit: DocEdit = { type: 'setRule', rule: rule(0), value: FROM_OPS };

  it('becomes the user’s: its mark goes and hands `created` on', () => {
    const next = applyEdit(drawn(), edit);
    expect(apiPolicy(next)?.spec.ingress?.[0]).toEqual(FROM_OPS);
    expect(marks(next)).toEqual({ [DB_FLOW]: 'ingress[1] created' });
  });

  it('is left alone when its flow is removed, and keeps the policy when the other flow goes', () => {
    const next = applyEdit(drawn(), edit);
    expect(flowRemove(next, WEB_FLOW)).toBe(next);
    expect(apiPolicy(flowRemove(next, DB_FLOW))?.spec.ingress).toEqual([FROM_OPS]);
  });

  it('changes nothing when set to what it is, or when there is no such rule', () => {
    const doc = drawn();
    const same = apiPolicy(doc)?.spec.ingress?.[0] ?? {};
    expect(applyEdit(doc, { type: 'setRule', rule: rule(0), value: same })).toBe(doc);
    expect(applyEdit(doc, { type: 'setRule', rule: rule(5), value: FROM_OPS })).toBe(doc);
    const unknown = {
      policy: { namespace: 'prod', name: 'nope' },
      direction: 'ingress',
      ruleIndex: 0,
    } as const;
    expect(applyEdit(doc, { type: 'setRule', rule: unknown, value: FROM_OPS })).toBe(doc);
  });
});

describe('when a rule is moved', () => {
  it('takes its mark along, and the other marks follow their rules', () => {
    const next = applyEdit(drawn(), { type: 'moveRule', rule: rule(1), to: 0 });
    expect(ports(next)).toEqual([9000, 5000]);
    expect(marks(next)).toEqual({ [WEB_FLOW]: 'ingress[1] created', [DB_FLOW]: 'ingress[0]' });
  });

  it('still lets each flow remove exactly its own rule', () => {
    const next = applyEdit(drawn(), { type: 'moveRule', rule: rule(0), to: 1 });
    expect(ports(flowRemove(next, WEB_FLOW))).toEqual([9000]);
    expect(ports(flowRemove(next, DB_FLOW))).toEqual([5000]);
  });

  it('changes nothing past the ends or onto itself', () => {
    const doc = drawn();
    expect(applyEdit(doc, { type: 'moveRule', rule: rule(1), to: 2 })).toBe(doc);
    expect(applyEdit(doc, { type: 'moveRule', rule: rule(0), to: -1 })).toBe(doc);
    expect(applyEdit(doc, { type: 'moveRule', rule: rule(1), to: 1 })).toBe(doc);
  });
});

describe('when a drawn rule is removed by hand', () => {
  it('drops its mark, moves the later marks up and hands `created` on', () => {
    const next = applyEdit(drawn(), { type: 'removeRule', rule: rule(0) });
    expect(ports(next)).toEqual([9000]);
    expect(marks(next)).toEqual({ [DB_FLOW]: 'ingress[0] created' });
  });

  it('lets the last flow remove the policy it created', () => {
    const next = applyEdit(drawn(), { type: 'removeRule', rule: rule(0) });
    expect(apiPolicy(flowRemove(next, DB_FLOW))).toBeUndefined();
  });

  it('keeps `ingress: []` when the last rule goes: the pods stay isolated', () => {
    const once = applyEdit(drawn(), { type: 'removeRule', rule: rule(0) });
    expect(apiPolicy(applyEdit(once, { type: 'removeRule', rule: rule(0) }))?.spec.ingress).toEqual(
      [],
    );
  });
});

describe('when the podSelector or policyTypes are set', () => {
  it('changes the spec and keeps the drawn rules drawn', () => {
    const podSelector = { matchLabels: { tier: 'api' } };
    const selected = applyEdit(drawn(), { type: 'setPodSelector', policy: API, podSelector });
    expect(apiPolicy(selected)?.spec.podSelector).toEqual(podSelector);
    const typed = applyEdit(selected, {
      type: 'setPolicyTypes',
      policy: API,
      policyTypes: ['Ingress', 'Egress'],
    });
    expect(apiPolicy(typed)?.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(marks(typed)).toEqual(marks(drawn()));
  });

  it('changes nothing when set to what they are', () => {
    const doc = drawn();
    const { podSelector, policyTypes = [] } = apiPolicy(doc)?.spec ?? { podSelector: {} };
    expect(applyEdit(doc, { type: 'setPodSelector', policy: API, podSelector })).toBe(doc);
    expect(applyEdit(doc, { type: 'setPolicyTypes', policy: API, policyTypes })).toBe(doc);
  });
});
