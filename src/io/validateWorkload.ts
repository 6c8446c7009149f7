import type { PathIssue } from './pathIssue';

/** Problems in a raw Namespace object (lenient: unknown fields are ignored). */
export function validateNamespaceObject(_raw: unknown): PathIssue[] {
  return [];
}

/** Problems in a raw Pod/Deployment/…/CronJob object (lenient: unknown fields are ignored). */
export function validateWorkloadObject(_raw: unknown): PathIssue[] {
  return [];
}
