/**
 * Field paths as issues print them: keys joined by dots, list indexes in
 * brackets (`spec.ingress[0].from[1].ipBlock.cidr`), keys that are not plain
 * words quoted in brackets (`metadata.labels["app.kubernetes.io/name"]`), as
 * the validators write them.
 */
import { pathChild, pathIndex } from './pathIssue';

/** The path of a list of keys and indexes. */
export function fieldPathOf(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    path = typeof segment === 'number' ? pathIndex(path, segment) : pathChild(path, segment);
  }
  return path;
}

/** `child` appended to `parent`: `items[2]` + `spec.podSelector`. */
export function fieldPathJoin(parent: string, child: string): string {
  if (parent === '') return child;
  if (child === '') return parent;
  return child.startsWith('[') ? parent + child : `${parent}.${child}`;
}
