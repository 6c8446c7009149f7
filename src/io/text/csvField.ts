/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break, its quotes doubled. Shared by `reach --output csv` and the Matrix
 * view's Save CSV, which write the same lines.
 *
 * ```csv
 * from,to,port,protocol,allowed
 * "shop/a,b",shop/api,80,TCP,true
 * ```
 */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
