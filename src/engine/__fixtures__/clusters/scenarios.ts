/**
 * Every named scenario, in one list: the upstream e2e model, the classic
 * recipes and the three-tier lesson. Each is a `Doc` plus a summary; their
 * reviewed truth tables are in `src/engine/golden*.test.ts`.
 */
import type { Scenario } from './objects';
import { RECIPE_SCENARIOS } from './recipes';
import { THREE_TIER_SCENARIOS } from './threeTier';
import { UPSTREAM_EGRESS_SCENARIOS } from './upstreamEgress';
import { UPSTREAM_INGRESS_SCENARIOS } from './upstreamIngress';
import { UPSTREAM_IPBLOCK_SCENARIOS } from './upstreamIpBlock';
import { UPSTREAM_PORT_SCENARIOS } from './upstreamPorts';

export const SCENARIOS: readonly Scenario[] = [
  ...UPSTREAM_INGRESS_SCENARIOS,
  ...UPSTREAM_EGRESS_SCENARIOS,
  ...UPSTREAM_PORT_SCENARIOS,
  ...UPSTREAM_IPBLOCK_SCENARIOS,
  ...RECIPE_SCENARIOS,
  ...THREE_TIER_SCENARIOS,
];

export function scenarioNamed(name: string): Scenario {
  const s = SCENARIOS.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no scenario named ${name}`);
  return s;
}
