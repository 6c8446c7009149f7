/**
 * What the derivation worker sends first for a new document: its lines (in
 * parts), with its findings and matrix to follow; or, for a document whose
 * lines and tables the page has already (`known`: undo, redo), only what it
 * changed. A dump's lines and tables take the page 55-80 ms of CPU to copy in,
 * which an undo would spend on answers the page drops.
 */
import type { DerivedLines } from '../derived/derive';
import { linesForPage } from '../derived/derive';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';
import { linesReplies } from './lineParts';

export function docReplies(
  request: Extract<DeriveRequest, { type: 'doc' }>,
  lines: DerivedLines,
): { replies: DeriveReply[]; tablesDue: boolean } {
  const { seq, collapsed, known } = request;
  if (known)
    return { replies: [{ type: 'changes', seq, changes: lines.changes }], tablesDue: false };
  return { replies: linesReplies(seq, linesForPage(lines, collapsed)), tablesDue: true };
}
