/** Terse parsing of one YAML text, for tests. */
import type { Doc, Issue } from '../../model';
import { parseFiles } from '../parse';
import type { ParseResult } from '../parse';

export function parse(text: string, name = 'in.yaml'): ParseResult {
  return parseFiles([{ name, text }]);
}

export function docOf(text: string): Doc {
  const result = parse(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.doc;
}

export function issuesOf(text: string): Pick<Issue, 'line' | 'path' | 'severity' | 'message'>[] {
  return parse(text).issues.map(({ line, path, severity, message }) => ({
    line,
    path,
    severity,
    message,
  }));
}

/** A minimal valid NetworkPolicy. */
export const POLICY = (
  name: string,
  namespace = 'default',
): string => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${namespace}}
spec: {podSelector: {}}
`;
