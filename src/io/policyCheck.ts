/**
 * One NetworkPolicy from a form, checked as `kubectl create -f` would check it:
 * written as the object the exporter writes, then read back with the
 * importer's validation (the API server's rules and messages). Paths are
 * relative to the object (`spec.ingress[0].from[1].ipBlock.cidr`).
 */
import type { NetworkPolicy } from '../model';
import { networkPolicyToObject, readNetworkPolicy } from './objects/networkPolicy';
import type { PathIssue } from './text/pathIssue';

export interface PolicyCheck {
  /** The normalized policy, or null when the policy has errors. */
  readonly policy: NetworkPolicy | null;
  /** Errors and warnings, each at its field. */
  readonly issues: readonly PathIssue[];
}

export function networkPolicyCheck(policy: NetworkPolicy): PolicyCheck {
  return readNetworkPolicy(networkPolicyToObject(policy));
}
