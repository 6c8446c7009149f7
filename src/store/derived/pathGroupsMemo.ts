/**
 * What `selectPathGroups` remembers from one call to the next, one memory per store: two stores
 * (tests, a second canvas) never take each other's lines for their own, even on one document.
 */
import type { NodePaths } from '../../engine';
import type { PathGroup } from './pathGroups';

export interface PathGroupsMemo {
  /**
   * The path lines worked out last: after an edit, the focused node's paths come again for the
   * new document, most of them as they were, and a line equal to one of these is that line (the
   * canvas keeps its edge instead of building hundreds again).
   */
  groups: ReadonlyMap<string, PathGroup>;
  /**
   * The path lines worked out last, with the paths and the rules' line ids they left out: an
   * edit that changes no line's ends (a policy deleted whose lines others draw too) brings new
   * rules' lines with the same ids, and the focused node's hundreds of path lines stay as they
   * are.
   */
  ofIds: { paths: NodePaths; ids: readonly string[]; groups: PathGroup[] } | null;
  /** The path lines of these paths, by the rules' lines (`selectFlowGroups`) they leave out. */
  readonly byPaths: WeakMap<NodePaths, WeakMap<object, PathGroup[]>>;
}

export function createPathGroupsMemo(): PathGroupsMemo {
  return { groups: new Map(), ofIds: null, byPaths: new WeakMap() };
}
