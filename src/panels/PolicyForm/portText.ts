/**
 * What is typed in a port field, as a `NetworkPolicyPort` value: digits are a
 * port number, anything else a port name (the API server then checks it is an
 * IANA service name such as `http`), empty text no port.
 *
 * ```yaml
 * ports:
 *   - {protocol: TCP, port: 3306}               # "3306"
 *   - {protocol: TCP, port: http}               # "http": the pod's port named http
 *   - {protocol: TCP, port: 32000, endPort: 32768}
 * ```
 */
export function portFromText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** `endPort` from its field: a number, nothing (empty), or why the text is not a number. */
export function endPortFromText(
  text: string,
): { readonly endPort: number | undefined } | { readonly problem: string } {
  const t = text.trim();
  if (t === '') return { endPort: undefined };
  if (!/^\d+$/.test(t)) return { problem: `endPort is a port number, not ${JSON.stringify(t)}` };
  return { endPort: Number(t) };
}

/** A port value as its field shows it: the number or name, or empty text for none. */
export function portFieldText(value: number | string | undefined): string {
  return value === undefined ? '' : String(value);
}
