/** Turning source offsets into the 1-based line and column an editor shows. */

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A function from a 0-based offset in `text` to its line and column (1-based,
 * columns in UTF-16 code units). A leading byte order mark takes no column; a
 * CRLF ends a line like LF. The line table is built on first use.
 */
export function positionFinder(text: string): (offset: number) => TextPosition {
  let starts: number[] | null = null;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    if (offset < 0) return { line: 0, column: 0 };
    starts ??= lineStartsOf(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const start = starts[low] ?? 0;
    const shift = low === 0 ? Math.min(bom, offset) : 0;
    return { line: low + 1, column: offset - start - shift + 1 };
  };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
