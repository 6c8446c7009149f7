export { loadYaml } from './text/load';
export { parseFiles } from './parse';
export type { ParseResult } from './parse';
export type { PathIssue } from './text/pathIssue';
export type { PolicyCheck } from './policyCheck';
export { networkPolicyCheck } from './policyCheck';
export { serializeDocument, serializePolicies } from './serialize';
export type { SourceFile } from './text/sourceFile';
export { quoteText, textPrintable } from './text/pathIssue';
