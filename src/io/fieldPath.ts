/**
 * Field paths as issues print them: keys joined by dots, list indexes in
 * brackets (`spec.ingress[0].from[1].ipBlock.cidr`).
 */

/** The path of a list of keys and indexes. */
export function fieldPathOf(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** `child` appended to `parent`: `items[2]` + `spec.podSelector`. */
export function fieldPathJoin(parent: string, child: string): string {
  if (parent === '') return child;
  if (child === '') return parent;
  return child.startsWith('[') ? parent + child : `${parent}.${child}`;
}

/** `path` relative to `parent` when it lies inside it, else null. */
export function fieldPathRelative(parent: string, path: string): string | null {
  if (parent === '') return path;
  if (path === parent) return '';
  if (!path.startsWith(parent)) return null;
  const after = path.charAt(parent.length);
  if (after === '.') return path.slice(parent.length + 1);
  return after === '[' ? path.slice(parent.length) : null;
}
