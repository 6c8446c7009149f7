/**
 * What a drawn flow wrote, recorded on the policies themselves, so the record
 * survives export, import, undo and redo with the document (it is part of
 * it). Each policy a flow touched carries the annotation
 *
 * ```yaml
 * metadata:
 *   annotations:
 *     netpol-canvas.dev/flows: '[{"flow":"prod/web>prod/api TCP/5000","rule":"ingress[0]","hash":"5d1f9a0c","created":true}]'
 * ```
 *
 * one mark per rule the flow appended: the flow id, where the rule is, a hash
 * of the rule as written (to find it again if rules were reordered, and to
 * leave it alone if the user changed it since), `created` when the flow created
 * the policy, and `absent` when the rule list did not exist before. Annotations
 * are metadata: `kubectl create -f` accepts them and the policy means the same.
 */
import type {
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  ObjectMeta,
} from '../../model';

export const FLOWS_ANNOTATION = 'netpol-canvas.dev/flows';

export interface FlowMark {
  /** The id of the drawn flow. */
  readonly flow: string;
  readonly direction: 'ingress' | 'egress';
  readonly rule: number;
  /** `ruleHash` of the rule as the flow wrote it. */
  readonly hash: string;
  /** The flow created the policy: removing its last rule removes the policy. */
  readonly created?: true;
  /** `spec.<direction>` was absent before: emptied again, it is removed. */
  readonly absent?: true;
}

/** Plain data as JSON with object keys sorted (the same text for the same data). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a (32 bits) of the rule's canonical JSON, as 8 hex digits. */
export function ruleHash(rule: NetworkPolicyIngressRule | NetworkPolicyEgressRule): string {
  const text = canonicalJson(rule);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const RULE_PLACE = /^(ingress|egress)\[(\d+)\]$/;

function markParse(raw: unknown): FlowMark | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Readonly<Record<string, unknown>>;
  const { flow, rule, hash } = record;
  if (typeof flow !== 'string' || typeof rule !== 'string' || typeof hash !== 'string') return null;
  const place = RULE_PLACE.exec(rule);
  if (place === null) return null;
  return {
    flow,
    direction: place[1] === 'egress' ? 'egress' : 'ingress',
    rule: Number(place[2]),
    hash,
    ...(record.created === true ? { created: true as const } : {}),
    ...(record.absent === true ? { absent: true as const } : {}),
  };
}

/** The marks on a policy; a missing or unreadable annotation has none. */
export function flowMarksOf(policy: NetworkPolicy): FlowMark[] {
  const text = policy.metadata.annotations?.[FLOWS_ANNOTATION];
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(markParse).filter((m): m is FlowMark => m !== null);
}

function markText(mark: FlowMark): string {
  return JSON.stringify({
    flow: mark.flow,
    rule: `${mark.direction}[${mark.rule}]`,
    hash: mark.hash,
    ...(mark.created === true ? { created: true } : {}),
    ...(mark.absent === true ? { absent: true } : {}),
  });
}

/** Metadata with the annotation set to `marks`, or without it (and without empty annotations). */
export function metadataWithMarks(metadata: ObjectMeta, marks: readonly FlowMark[]): ObjectMeta {
  const { [FLOWS_ANNOTATION]: _old, ...others } = metadata.annotations ?? {};
  const annotations =
    marks.length === 0
      ? others
      : { ...others, [FLOWS_ANNOTATION]: `[${marks.map(markText).join(',')}]` };
  const { annotations: _previous, ...rest } = metadata;
  return Object.keys(annotations).length === 0 ? rest : { ...rest, annotations };
}

/** The policy with `marks` as its flow record. */
export function policyWithMarks(policy: NetworkPolicy, marks: readonly FlowMark[]): NetworkPolicy {
  return { ...policy, metadata: metadataWithMarks(policy.metadata, marks) };
}

/** Gives `mark`'s flags to the first remaining mark that can carry them. */
export function flagsHandedOn(
  marks: readonly FlowMark[],
  mark: FlowMark,
  listGone: boolean,
  policyKept: boolean,
): FlowMark[] {
  const out = marks.slice();
  if (mark.absent === true && !listGone) {
    const heir = out.findIndex((m) => m.direction === mark.direction);
    const found = out[heir];
    if (found !== undefined) out[heir] = { ...found, absent: true };
  }
  if (mark.created === true && policyKept) {
    const found = out[0];
    if (found !== undefined) out[0] = { ...found, created: true };
  }
  return out;
}

/**
 * The mark of the rule at `spec.<direction>[index]`: the one recorded there
 * with the rule's hash, else one with that hash recorded elsewhere (the rules
 * were reordered since); undefined when the rule is not a drawn one as drawn.
 */
export function markOfRule(
  marks: readonly FlowMark[],
  direction: 'ingress' | 'egress',
  index: number,
  rule: NetworkPolicyIngressRule | NetworkPolicyEgressRule,
): FlowMark | undefined {
  const mine = marks.filter((m) => m.direction === direction);
  if (mine.length === 0) return undefined;
  const hash = ruleHash(rule);
  return mine.find((m) => m.rule === index && m.hash === hash) ?? mine.find((m) => m.hash === hash);
}

/**
 * The policy without `spec.<direction>[index]`; the marks follow their rules
 * (the removed rule's mark goes and hands its flags on, later ones move up). The list stays, possibly
 * empty (`ingress: []` still isolates: it allows nothing).
 */
export function policyRuleRemove(
  policy: NetworkPolicy,
  direction: 'ingress' | 'egress',
  index: number,
): NetworkPolicy {
  const rules = policy.spec[direction];
  if (rules === undefined || index < 0 || index >= rules.length) return policy;
  const spec = { ...policy.spec, [direction]: rules.filter((_, i) => i !== index) };
  const marks = flowMarksOf(policy);
  const removed = rules[index];
  const dropped = removed === undefined ? undefined : markOfRule(marks, direction, index, removed);
  const shifted = marks
    .filter((m) => m !== dropped)
    .map((m) => (m.direction === direction && m.rule > index ? { ...m, rule: m.rule - 1 } : m));
  const kept = dropped === undefined ? shifted : flagsHandedOn(shifted, dropped, false, true);
  const metadata = marks.length === 0 ? policy.metadata : metadataWithMarks(policy.metadata, kept);
  return { ...policy, metadata, spec };
}
