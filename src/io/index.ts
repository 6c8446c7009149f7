export { loadYaml } from './load';
export { parseFiles } from './parse';
export type { ParseResult } from './parse';
export { serializeDocument, serializePolicies } from './serialize';
export type { SourceFile } from './sourceFile';
