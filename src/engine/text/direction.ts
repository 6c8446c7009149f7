/**
 * The two directions of a NetworkPolicy, named as its `spec` fields and
 * `policyTypes` are (`ingress`, `egress`).
 */
export type Direction = 'ingress' | 'egress';

/** The rule field that lists peers: `from` for ingress, `to` for egress. */
export function peersKey(direction: Direction): 'from' | 'to' {
  return direction === 'ingress' ? 'from' : 'to';
}

/** The directions a policy isolates, as people read them: `Ingress`, `Egress`, `Ingress + Egress`. */
export function policyTypesText(types: {
  readonly ingress: boolean;
  readonly egress: boolean;
}): string {
  return [types.ingress ? 'Ingress' : '', types.egress ? 'Egress' : ''].filter(Boolean).join(' + ');
}
