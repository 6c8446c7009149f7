/**
 * Reading on past a YAML syntax error: the document that holds the error is
 * turned into blank lines (every character but the line breaks becomes a
 * space, so every offset, line and column of the rest stays where it was), and
 * the file is read again. One broken document then hides nothing else: the
 * other documents are read and checked, and each broken one gets its error.
 *
 * ```yaml
 * kind: NetworkPolicy      # still read and validated
 * ---
 * metadata:
 *   name: [unclosed        # the syntax error: this document becomes blank lines
 * ---
 * kind: Namespace          # still read
 * ```
 */

/** A line that starts or ends a document: `---` or `...`, alone or before a space. */
const MARKER = /^(?:\uFEFF)?(?:---|\.\.\.)(?:[ \t\r]|$)/;

function blank(line: string): string {
  return line.replace(/[^\r]/g, ' ');
}

/**
 * `text` with the document that holds 1-based `line` blanked out, or null when
 * that changes nothing (the error is not inside a document's own lines). An
 * error reported on a marker line belongs to the document the marker ends.
 */
export function documentBlanked(text: string, line: number): string | null {
  const lines = text.split('\n');
  let at = line - 1;
  if (at < 0 || at >= lines.length) return null;
  if (MARKER.test(lines[at] ?? '') && at > 0) at -= 1;
  let start = at;
  while (start > 0 && !MARKER.test(lines[start] ?? '')) start -= 1;
  if (MARKER.test(lines[start] ?? '')) start += 1;
  let end = at;
  while (end + 1 < lines.length && !MARKER.test(lines[end + 1] ?? '')) end += 1;
  let changed = false;
  for (let i = start; i <= end; i++) {
    const before = lines[i] ?? '';
    const after = blank(before);
    if (after !== before) changed = true;
    lines[i] = after;
  }
  return changed ? lines.join('\n') : null;
}
