/**
 * The problems of a policy being edited, each placed at the part of the form
 * that shows it (its anchor): the API server's messages from the importer's
 * validation, plus a name another policy of the namespace already has.
 */
import type { PathIssue, PolicyCheck } from '../../io';
import { networkPolicyCheck } from '../../io';
import type { Doc, NetworkPolicy } from '../../model';
import type { PolicyRef } from '../../engine';

export interface FormCheck extends PolicyCheck {
  /** True when some issue is an error: the draft is not applied. */
  readonly blocked: boolean;
}

function nameTaken(doc: Doc, ref: PolicyRef | null, policy: NetworkPolicy): boolean {
  const namespace = policy.metadata.namespace;
  if (ref !== null && ref.namespace === namespace && ref.name === policy.metadata.name)
    return false;
  return doc.policies.some(
    (p) => p.metadata.namespace === namespace && p.metadata.name === policy.metadata.name,
  );
}

/** The draft checked as `kubectl create -f` would; `ref` is the policy it replaces (null: a new one). */
export function formCheck(doc: Doc, ref: PolicyRef | null, draft: NetworkPolicy): FormCheck {
  const check = networkPolicyCheck(draft);
  const issues: PathIssue[] = [...check.issues];
  if (nameTaken(doc, ref, draft)) {
    const { name, namespace } = draft.metadata;
    issues.unshift({
      path: 'metadata.name',
      severity: 'error',
      message: `Duplicate value: ${JSON.stringify(name)}: namespace ${namespace} already has a NetworkPolicy with this name`,
    });
  }
  const blocked = issues.some((i) => i.severity === 'error');
  return { policy: blocked ? null : check.policy, issues, blocked };
}

const ANCHORS: readonly RegExp[] = [
  /^metadata\.name/,
  /^spec\.podSelector/,
  /^spec\.policyTypes/,
  /^spec\.(ingress|egress)\[\d+\]\.(from|to)\[\d+\]\.(podSelector|namespaceSelector|ipBlock)/,
  /^spec\.(ingress|egress)\[\d+\]\.(from|to)\[\d+\]/,
  /^spec\.(ingress|egress)\[\d+\]\.ports\[\d+\]/,
  /^spec\.(ingress|egress)\[\d+\]/,
  /^spec\.(ingress|egress)/,
];

/** The part of the form that shows a problem at `path`; '' for the form as a whole. */
export function problemAnchor(path: string): string {
  for (const anchor of ANCHORS) {
    const match = anchor.exec(path);
    if (match !== null) return match[0];
  }
  return '';
}

/** The problems shown at one anchor (`spec.ingress[0].ports[1]`). */
export function problemsAt(issues: readonly PathIssue[], anchor: string): readonly PathIssue[] {
  return issues.filter((i) => problemAnchor(i.path) === anchor);
}

/** As `kubectl create -f` prints it: `spec.ingress[0].from[0].ipBlock.cidr: Invalid value: …`. */
export function problemText(issue: PathIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
