/**
 * The edits of the policy form, as pure functions on a `NetworkPolicy` draft.
 * Ingress and egress rules are handled alike as a `FormRule`: its peers are
 * `from` for ingress and `to` for egress.
 *
 * ```yaml
 * ingress:
 *   - from: [{podSelector: {matchLabels: {role: web}}}]   # FormRule.peers
 *     ports: [{protocol: TCP, port: 5000}]               # FormRule.ports
 * ```
 */
import type { PolicyRule } from '../../engine';
import { policyRuleAdd, policyRuleMove, policyRuleRemove, policyRuleSet } from '../../engine';
import type {
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PolicyType,
} from '../../model';
import type { Direction } from '../../engine';

export interface FormRule {
  /** Absent: the rule has no `from`/`to`, every peer. */
  readonly peers?: readonly NetworkPolicyPeer[];
  /** Absent: every port. */
  readonly ports?: readonly NetworkPolicyPort[];
}

const PEERS_KEY = { ingress: 'from', egress: 'to' } as const;

export function rulesOf(policy: NetworkPolicy, direction: Direction): readonly FormRule[] {
  const rules = policy.spec[direction] ?? [];
  return rules.map((rule) => {
    const peers = 'from' in rule ? rule.from : 'to' in rule ? rule.to : undefined;
    return {
      ...(peers === undefined ? {} : { peers }),
      ...(rule.ports === undefined ? {} : { ports: rule.ports }),
    };
  });
}

/** The rule as `spec.<direction>` writes it: peers under `from` (ingress) or `to` (egress). */
function ruleWritten(direction: Direction, rule: FormRule): PolicyRule {
  const key = PEERS_KEY[direction];
  return {
    ...(rule.peers === undefined ? {} : { [key]: rule.peers }),
    ...(rule.ports === undefined ? {} : { ports: rule.ports }),
  };
}

function listWith<T>(list: readonly T[], index: number, item: T): readonly T[] {
  return list.map((x, i) => (i === index ? item : x));
}

function listWithout<T>(list: readonly T[], index: number): readonly T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * A new rule names one peer, every pod of the policy's own namespace
 * (`podSelector: {}`), on every port: a starting point to narrow, never the
 * wide-open rule `{}`.
 */
export const NEW_RULE: FormRule = { peers: [{ podSelector: {} }] };

/*
 * The rule edits of the draft are the engine's own (`addRule`, `setRule`,
 * `moveRule`, `removeRule` on a policy), so the draft shows what the document
 * will hold, drawn-flow marks included.
 */

export function ruleAdd(policy: NetworkPolicy, direction: Direction): NetworkPolicy {
  return policyRuleAdd(policy, direction, ruleWritten(direction, NEW_RULE));
}

export function ruleUpdate(
  policy: NetworkPolicy,
  direction: Direction,
  index: number,
  rule: FormRule,
): NetworkPolicy {
  return policyRuleSet(policy, direction, index, ruleWritten(direction, rule));
}

/** Removing the last rule leaves `ingress: []`: the pods stay isolated, nothing is allowed. */
export function ruleRemove(
  policy: NetworkPolicy,
  direction: Direction,
  index: number,
): NetworkPolicy {
  return policyRuleRemove(policy, direction, index);
}

/** Moves a rule up (`-1`) or down (`+1`); the order does not change what is allowed. */
export function ruleMove(
  policy: NetworkPolicy,
  direction: Direction,
  index: number,
  delta: -1 | 1,
): NetworkPolicy {
  return policyRuleMove(policy, direction, index, index + delta);
}

export function peerAdd(rule: FormRule, peer: NetworkPolicyPeer): FormRule {
  return { ...rule, peers: [...(rule.peers ?? []), peer] };
}

export function peerUpdate(rule: FormRule, index: number, peer: NetworkPolicyPeer): FormRule {
  return { ...rule, peers: listWith(rule.peers ?? [], index, peer) };
}

/** Removing the last peer leaves no `from`/`to`: the rule then allows every peer. */
export function peerRemove(rule: FormRule, index: number): FormRule {
  const peers = listWithout(rule.peers ?? [], index);
  if (peers.length > 0) return { ...rule, peers };
  return rule.ports === undefined ? {} : { ports: rule.ports };
}

export function portAdd(rule: FormRule): FormRule {
  return { ...rule, ports: [...(rule.ports ?? []), { protocol: 'TCP' }] };
}

export function portUpdate(rule: FormRule, index: number, port: NetworkPolicyPort): FormRule {
  return { ...rule, ports: listWith(rule.ports ?? [], index, port) };
}

/** Removing the last port leaves no `ports`: the rule then allows every port. */
export function portRemove(rule: FormRule, index: number): FormRule {
  const ports = listWithout(rule.ports ?? [], index);
  if (ports.length > 0) return { ...rule, ports };
  return rule.peers === undefined ? {} : { peers: rule.peers };
}

export function podSelectorSet(policy: NetworkPolicy, podSelector: LabelSelector): NetworkPolicy {
  return { ...policy, spec: { ...policy.spec, podSelector } };
}

/** Turns one policy type on or off, keeping the order Ingress, Egress. */
export function policyTypeSet(policy: NetworkPolicy, type: PolicyType, on: boolean): NetworkPolicy {
  const current = new Set(policy.spec.policyTypes ?? []);
  if (on) current.add(type);
  else current.delete(type);
  const policyTypes = (['Ingress', 'Egress'] as const).filter((t) => current.has(t));
  return { ...policy, spec: { ...policy.spec, policyTypes } };
}

export function policyNameSet(policy: NetworkPolicy, name: string): NetworkPolicy {
  return { ...policy, metadata: { ...policy.metadata, name } };
}
