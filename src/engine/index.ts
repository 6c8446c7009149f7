export type { Bitset } from './bitset';
export type { Cidr, IpRange } from './cidr';
export {
  cidrContains,
  cidrOverlaps,
  cidrParse,
  cidrRange,
  ipRangeParse,
  rangeContains,
  rangesOverlap,
} from './cidr';
export { compilePolicies } from './compile';
export { declaredPorts } from './declaredPorts';
export { isTrafficAllowed } from './evaluate';
export type { DirectionExplanation, Explanation } from './explain';
export {
  describeEndpoint,
  describePeer,
  describePort,
  describeRuleHit,
  describeSelector,
  explainVerdict,
  explanationLines,
} from './explain';
export type { Evaluator } from './evaluator';
export { createEvaluator } from './evaluator';
export { buildMatrix, matrixAllows } from './matrix';
export type { PolicyIndex } from './policyIndex';
export { effectivePolicyTypes } from './policyPlan';
export type { PortMatcher } from './ports';
export { portMatcherFrom, portMatches } from './ports';
export { selectorIsEmpty, selectorKey, selectorMatches } from './selector';
export type {
  DirectionVerdict,
  Endpoint,
  Matrix,
  PolicyRef,
  RuleHit,
  Traffic,
  Verdict,
} from './verdict';
