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
export type {
  DocEdit,
  FlowEnd,
  FlowPort,
  FlowSpec,
  PolicyTemplate,
  RuleRef,
  WorkloadChanges,
} from './docEdit';
export { applyEdit } from './edits';
export type { AllowFlowResult } from './flowAllow';
export { allowFlow, removeFlow } from './flowAllow';
export type { FlowDrawResult, FlowRecord } from './flowDraw';
export { flowIdOf } from './flowDraw';
export { endKey, endLabel } from './flowEnds';
export type { FlowMark } from './flowMarks';
export { FLOWS_ANNOTATION, flowMarksOf } from './flowMarks';
export { drawnFlowIds, drawnFlowsTouching } from './flowRemove';
export type { Flow } from './flows';
export { deriveFlows } from './flows';
export type { FlowCheck, FlowStatus, FlowVerdict } from './flowVerdict';
export { verdictReason } from './flowVerdict';
export { policyRefOf } from './docParts';
export type { NodePaths, Path } from './paths';
export { externalPorts, pathsOf } from './paths';
export type { Evaluated, VerdictChange } from './verdictChanges';
export { verdictChanges } from './verdictChanges';
export type { Finding, FindingKind, FindingSubject } from './findings';
export { findFindings } from './findings';
