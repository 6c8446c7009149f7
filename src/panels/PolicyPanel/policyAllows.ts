/**
 * What a policy allows, one line per rule, in the words of the explanations:
 * "In from pods with app=api in namespace shop (the policy's own), on TCP 8080".
 * A direction it isolates with no rule allows nothing of its own (other policies
 * selecting the same pods may), and says so.
 */
import {
  describePeersOr,
  effectivePolicyTypes,
  namesJoin,
  rulePeers,
  rulePortsText,
} from '../../engine';
import type { Direction } from '../../engine';
import type { NetworkPolicy } from '../../model';

const WAY: Readonly<Record<Direction, { readonly rule: string; readonly none: string }>> = {
  ingress: {
    rule: 'In from',
    none: 'Nothing in: it isolates these pods for ingress and adds no rule',
  },
  egress: {
    rule: 'Out to',
    none: 'Nothing out: it isolates these pods for egress and adds no rule',
  },
};

/** One line of what a policy allows, with the rule it says (none: a direction without rules). */
export interface AllowsLine {
  readonly text: string;
  readonly rule: { readonly direction: Direction; readonly ruleIndex: number } | null;
}

export function policyAllows(policy: NetworkPolicy): AllowsLine[] {
  const { spec, metadata } = policy;
  const types = effectivePolicyTypes(spec);
  const lines: AllowsLine[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    if (!types[direction]) continue;
    const rules = spec[direction] ?? [];
    if (rules.length === 0) lines.push({ text: WAY[direction].none, rule: null });
    for (const [ruleIndex, rule] of rules.entries()) {
      const peers = rulePeers(rule, direction) ?? [];
      const who =
        peers.length === 0
          ? 'anyone (every pod and every address)'
          : describePeersOr(peers, metadata.namespace);
      const ports = namesJoin(rulePortsText(rule.ports, 'sentence'), Infinity, 'or');
      lines.push({
        text: `${WAY[direction].rule} ${who}, on ${ports}`,
        rule: { direction, ruleIndex },
      });
    }
  }
  return lines;
}
