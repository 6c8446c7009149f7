/**
 * A saved design carries its name in a comment on its first line, so the
 * file stays a plain list of Kubernetes objects for `kubectl create -f`:
 *
 * ```yaml
 * # netpol-canvas design: Shop, production
 * apiVersion: v1
 * kind: Namespace
 * ```
 */
const PREFIX = '# netpol-canvas design: ';

/** `yaml` with the name comment in front; unchanged for an untitled design. */
export function designTitleWrite(yaml: string, title: string | undefined): string {
  const line = (title ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? yaml : `${PREFIX}${line}\n${yaml}`;
}

/** The name a saved design's first line gives, if it has one. */
export function designTitleRead(text: string): string | undefined {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!first.startsWith(PREFIX)) return undefined;
  const title = first.slice(PREFIX.length).trim();
  return title === '' ? undefined : title;
}
