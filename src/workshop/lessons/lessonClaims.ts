/**
 * Checking what a step says against the engine. The built-in lessons are
 * tested with this on every step, and a trainer's own lesson can be checked
 * the same way before it is shown to a room.
 */
import { compilePolicies, isTrafficAllowed, portText } from '../../engine';
import type { PolicyIndex, Verdict } from '../../engine';
import type { Doc } from '../../model';
import type { LessonClaim, LessonConnection, LessonStep } from './lesson';
import { lessonEndpointOf } from './lessonEndpoint';

export type ClaimResult =
  | { readonly claim: LessonClaim; readonly holds: boolean; readonly verdict: Verdict }
  /** An end the document does not have: the claim cannot be checked. */
  | { readonly claim: LessonClaim; readonly holds: false; readonly unknownEnd: string };

/** The engine's verdict on a connection of `doc`, or the end `doc` does not have. */
export function connectionVerdict(
  doc: Doc,
  connection: LessonConnection,
  index: PolicyIndex = compilePolicies(doc),
): { verdict: Verdict } | { unknownEnd: string } {
  const from = lessonEndpointOf(doc, connection.from);
  if (from === null) return { unknownEnd: connection.from };
  const to = lessonEndpointOf(doc, connection.to);
  if (to === null) return { unknownEnd: connection.to };
  const { port, protocol } = connection;
  return { verdict: isTrafficAllowed(index, { from, to, port, protocol }) };
}

/** Each claim of a step, with the engine's verdict and whether the claim holds. */
export function claimResults(step: Pick<LessonStep, 'doc' | 'expect'>): ClaimResult[] {
  const claims = step.expect ?? [];
  if (claims.length === 0) return [];
  const index = compilePolicies(step.doc);
  return claims.map((claim) => {
    const result = connectionVerdict(step.doc, claim, index);
    if ('unknownEnd' in result) return { claim, holds: false, unknownEnd: result.unknownEnd };
    return { claim, holds: result.verdict.allowed === claim.allowed, verdict: result.verdict };
  });
}

/** `prod/web → prod/db on TCP 3306 is blocked`: a claim in words, for the editor and messages. */
export function claimText(claim: LessonClaim): string {
  const { from, to, allowed } = claim;
  return `${from} → ${to} on ${portText(claim)} is ${allowed ? 'allowed' : 'blocked'}`;
}
