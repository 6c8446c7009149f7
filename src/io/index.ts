export { loadYaml } from './text/load';
export { parseFiles } from './parse';
export type { ParseProgress, ParseResult } from './parse';
export type { ParseOptions } from './objects/readObjects';
export type { PathIssue } from './text/pathIssue';
export type { PolicyCheck } from './objectCheck';
export { changeErrors, networkPolicyCheck } from './objectCheck';
export {
  documentParts,
  documentPartsJoined,
  serializeDocument,
  serializePolicies,
} from './serialize';
export type { DocumentPart } from './serialize';
export { designTitleRead, designTitleWrite } from './designTitle';
export type { SourceFile } from './text/sourceFile';
export { quoteText, textPrintable } from './text/pathIssue';
export { csvField } from './text/csvField';
export { utf8Length } from './text/utf8Length';
export type { FlowCounts, FlowFormat, FlowsRead } from './flows/flowsRead';
export { flowFormatOf, flowsRead, isFlowLog } from './flows/flowsRead';
