/** Building model `Issue`s for a file. */
import type { Issue, Severity } from '../../model';
import type { TextPosition } from './textPosition';

const NOWHERE: TextPosition = { line: 0, column: 0 };

/** An issue at a place in `file` (line and column 0 when it has none). */
export function issueAt(
  file: string,
  position: TextPosition | null,
  path: string,
  severity: Severity,
  message: string,
): Issue {
  const { line, column } = position ?? NOWHERE;
  return { file, line, column, path, severity, message };
}

/** An error about the file as a whole. */
export function fileError(file: string, message: string): Issue {
  return issueAt(file, null, '', 'error', message);
}
