/**
 * The importer's issues as CodeMirror diagnostics: each marks the rest of the
 * line it names from its column (the whole first line when it names none).
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Issue } from '../../model';

export function yamlDiagnostics(text: string, issues: readonly Issue[]): Diagnostic[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return issues.map((issue) => {
    const index = Math.min(Math.max(issue.line, 1), lines.length) - 1;
    const start = starts[index] ?? 0;
    const length = lines[index]?.length ?? 0;
    const column = issue.line > 0 ? Math.min(Math.max(issue.column - 1, 0), length) : 0;
    const from = start + column;
    const to = Math.max(start + length, from);
    const where = issue.path === '' ? '' : ` (${issue.path})`;
    return {
      from,
      to,
      severity: issue.severity,
      message: `${issue.message}${where}`,
      source: 'netpol-canvas',
    };
  });
}
