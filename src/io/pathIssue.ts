/** A problem in one object, located by its field path (`spec.ingress[0].from[1].ipBlock.cidr`). */
export interface PathIssue {
  path: string;
  severity: 'error' | 'warning';
  message: string;
}
