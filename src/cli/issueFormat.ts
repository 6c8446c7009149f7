/** Problems printed one per line, as compilers do: `FILE:LINE:COL: PATH: [warning: ]message`. */
import type { Issue } from '../model';
import { plural } from '../engine';

/** `file:line:col` when the place is known, `file:line` without a column, `file` alone otherwise. */
function place(issue: Issue): string {
  if (issue.line <= 0) return issue.file;
  if (issue.column <= 0) return `${issue.file}:${issue.line}`;
  return `${issue.file}:${issue.line}:${issue.column}`;
}

/** Longest path printed whole; a longer one (a 5,000-character key) keeps its two ends. */
const MAX_PATH_CHARS = 160;

function pathShort(path: string): string {
  if (path.length <= MAX_PATH_CHARS) return path;
  return `${path.slice(0, MAX_PATH_CHARS - 40)}…${path.slice(-30)}`;
}

export function issueLine(issue: Issue): string {
  const path = issue.path === '' ? '' : `${pathShort(issue.path)}: `;
  const severity = issue.severity === 'warning' ? 'warning: ' : '';
  const message = (issue.message.split('\n')[0] ?? '').trim();
  return `${place(issue)}: ${path}${severity}${message}`;
}

/** Ordered by the files as given, then line and column; stable otherwise. */
export function issuesSorted(issues: readonly Issue[], files: readonly string[]): Issue[] {
  const fileRank = (file: string): number => {
    const index = files.indexOf(file);
    return index === -1 ? files.length : index;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        fileRank(a.issue.file) - fileRank(b.issue.file) ||
        a.issue.line - b.issue.line ||
        a.issue.column - b.issue.column ||
        a.index - b.index,
    )
    .map((entry) => entry.issue);
}

/** `2 errors, 1 warning`. */
export function issueCounts(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
