/**
 * A finding: something in the document worth a second look (a likely mistake,
 * or a risk), placed on what it applies to, with a one-click fix when one is
 * safe. Plain data, like verdicts; `findFindings` computes them.
 */
import type { DocEdit } from '../edits/types';

export type FindingKind =
  /** Pods isolated for egress with no rule that lets them reach DNS. */
  | 'egressWithoutDns'
  /** A policy whose `podSelector` matches no workload of the document. */
  | 'policySelectsNothing'
  /** `namespaceSelector` and `podSelector` in separate `from`/`to` elements (OR) where one (AND) was probably meant. */
  | 'peersSeparate'
  /** Both selectors in one element (AND) that matches nothing, where separate elements (OR) were probably meant. */
  | 'peersCombined'
  /** A named rule port that no destination of the rule declares. */
  | 'namedPortUndeclared'
  /** A rule port that is a Service's `port` where its pods receive another `targetPort`. */
  | 'servicePortNotTargetPort'
  /** A Service whose selector matches no pod of its namespace. */
  | 'serviceSelectsNothing'
  /** A rule that allows nothing the other rules do not already allow. */
  | 'ruleRedundant'
  /** A policy whose removal changes no verdict. */
  | 'policyRedundant'
  /** A workload that declares ports but that no source at all may reach. */
  | 'workloadUnreachable'
  /** An ingress rule that admits every address (empty `from`, `0.0.0.0/0`, `::/0`). */
  | 'ingressFromAnywhere';

/**
 * What a finding is about, so the canvas can show it where it applies.
 * `workload` and `namespace` have the shape of the canvas's node references
 * (`workload:<namespace>/<name>`, `namespace:<name>`); `path` points into the
 * policy (`spec.ingress[0].from[1]`), as in an `Issue`.
 */
export type FindingSubject =
  | { readonly kind: 'workload'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'namespace'; readonly name: string }
  | {
      readonly kind: 'policy';
      readonly namespace: string;
      readonly name: string;
      readonly path?: string;
    };

export interface Finding {
  /** Stable while the thing it is about stays: `<kind>:<namespace>/<policy>:<path>` or similar. */
  readonly id: string;
  readonly kind: FindingKind;
  /** `warning`: probably a mistake, or a risk; `info`: worth knowing, often intended. */
  readonly severity: 'warning' | 'info';
  /** One plain sentence. */
  readonly message: string;
  readonly subjects: readonly FindingSubject[];
  /** The one-click fix, for `applyEdit`; null when no fix is safe to offer. */
  readonly fix: DocEdit | null;
  /** What the fix does, for its button (`Add allow-dns-egress`); present iff `fix` is. */
  readonly fixLabel?: string;
}
