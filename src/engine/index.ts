export type { Bitset } from './match/bitset';
export type { Cidr, IpRange } from './match/cidr';
export {
  cidrContains,
  cidrOverlaps,
  cidrParse,
  cidrRange,
  cidrTextCanonical,
  cidrTextRange,
  ipRangeParse,
  ipTextRange,
  rangeContains,
  rangesOverlap,
} from './match/cidr';
export type { CidrText, IpText } from './match/ipText';
export {
  cidrTextParse,
  ipCanonical,
  ipTextFormat,
  ipTextParse,
  ipv6Canonical,
  isIpv4Mapped,
} from './match/ipText';
export { compilePolicies } from './compile/compile';
export { declaredPorts } from './verdict/declaredPorts';
export { isTrafficAllowed } from './verdict/evaluate';
export type { DirectionExplanation, Explanation } from './verdict/explain';
export {
  describeEndpoint,
  describePeer,
  describePeersOr,
  describePort,
  describeRuleHit,
  describeSelector,
  explainVerdict,
  explanationLines,
} from './verdict/explain';
export type { Evaluator } from './compile/evaluator';
export { createEvaluator } from './compile/evaluator';
export { buildMatrix, matrixAllows } from './verdict/matrix';
export type { PolicyIndex } from './compile/policyIndex';
export { effectivePolicyTypes } from './compile/policyPlan';
export type { PortMatcher } from './match/ports';
export { portMatcherFrom, portMatches } from './match/ports';
export { selectorIsEmpty, selectorKey, selectorMatches } from './match/selector';
export type {
  DirectionVerdict,
  Endpoint,
  Matrix,
  PolicyRef,
  RuleHit,
  Traffic,
  Verdict,
} from './verdict/verdict';
export type {
  DocEdit,
  FlowEnd,
  FlowPort,
  FlowSpec,
  PolicyRule,
  PolicyTemplate,
  RuleRef,
  WorkloadChanges,
} from './edits/types';
export { applyEdit } from './edits/applyEdit';
export { editText } from './edits/editText';
export { titleNormalize } from './edits/title';
export { policyEdits } from './edits/policyDiff';
export { policyRuleAdd, policyRuleMove, policyRuleSet } from './edits/rules';
export { policyRuleRemove } from './flows/marks';
export type { AllowFlowResult } from './flows/allow';
export { allowFlow, removeFlow } from './flows/allow';
export type { FlowDrawResult, FlowRecord } from './flows/draw';
export { flowIdOf } from './flows/draw';
export { endKey, endLabel } from './flows/ends';
export type { FlowMark } from './flows/marks';
export { FLOWS_ANNOTATION, flowMarksOf } from './flows/marks';
export { drawnFlowIds, drawnFlowsTouching } from './flows/remove';
export type { Flow } from './flows/derive';
export { deriveFlows } from './flows/derive';
export type { FlowVerdicts } from './flows/flowVerdicts';
export { createFlowVerdicts } from './flows/flowVerdicts';
export type { FlowCheck, FlowStatus, FlowVerdict } from './flows/verdict';
export { verdictReason } from './flows/verdict';
export { linePortsText, linePortsTexts } from './flows/linePorts';
export type { LinePortsTexts } from './flows/linePorts';
export { policyRefOf } from './edits/docParts';
export type { NodePaths, Path } from './verdict/paths';
export {
  externalPorts,
  pathOnPort,
  pathPortText,
  pathPortsSaid,
  pathStatus,
  pathVerdicts,
  pathsOf,
} from './verdict/paths';
export type { Evaluated, VerdictChange } from './changes/types';
export { changePortText, verdictChanges } from './changes/verdictChanges';
export type { DiffRow } from './changes/diffRows';
export { diffRows, diffSummary, oneSideLines, workloadsInBoth } from './changes/diffRows';
export type {
  AddedRemoved,
  ConnectivityDiff,
  ConnectivityDiffOptions,
  PairChanges,
  PortChange,
  PortProtocol,
  RuleChange,
  RuleEffect,
} from './changes/connectivityDiff';
export {
  connectivityCounts,
  connectivityDiff,
  diffIsEmpty,
  ruleChangeText,
  verdictDifference,
} from './changes/connectivityDiff';
export type { Finding, FindingKind, FindingSubject } from './findings/types';
export { findFindings } from './findings/findFindings';
export type { NetworkPlugin, NetworkPluginInfo } from './verdict/networkPlugin';
export {
  DEFAULT_NETWORK_PLUGIN,
  NETWORK_PLUGINS,
  connectionGetsThrough,
  enforces,
  networkPluginBanner,
  notEnforcedWith,
  networkPluginParse,
} from './verdict/networkPlugin';
export type { Direction } from './text/direction';
export { peersKey, policyTypesText } from './text/direction';
export { rulePeers } from './findings/text';
export { namesJoin } from './text/namesJoin';
export { longestWordLength, nameWords } from './text/nameWords';
export { countedAmong, endsCountText, endsText } from './text/endsCount';
export { plural } from './text/plural';
export { replicasText } from './text/replicasText';
export type { PortTextOptions, RulePortStyle } from './text/portText';
export {
  containerPortText,
  portSpansText,
  ANY_PORT,
  portText,
  rulePortText,
  rulePortsText,
  servicePortsText,
} from './text/portText';
export type { PortSpan } from './match/portSpans';
export type { AllowedPorts } from './verdict/allowedPorts';
export { allowedPortsOf, allowedPortsReader } from './verdict/allowedPorts';
export { EVERY_PORT } from './match/portSpans';
export {
  inferWorkloads,
  inferredAsWorkload,
  inferredPodsText,
  workloadPortsText,
  withInferred,
} from './infer/inferWorkloads';
export { inferredStandsFor } from './infer/inferredName';
export { serviceName, servicePods, serviceSelects, targetPortOn } from './services/servicePods';
export type {
  Broader,
  GenerateOptions,
  Proposal,
  ProposalResult,
  ResolvedConnection,
  ResolvedEnd,
} from './generate/types';
export { DNS_RULE, KUBE_DNS_PEER, proposePolicies } from './generate/proposePolicies';
export { stableLabels } from './generate/stableLabels';
export type {
  ChangeCounts,
  ChangedPair,
  ChangedPort,
  ProposalChanges,
} from './generate/proposalChanges';
export { changesFirstPairs, proposalChanges } from './generate/proposalChanges';
