/**
 * What the derivation worker sends first for a new document: its lines (in
 * parts), with its findings and matrix to follow; or, for a document whose
 * lines and tables the page has already (`known`: undo, redo), only what it
 * changed. A dump's lines and tables take the page 55-80 ms of CPU to copy in,
 * which an undo would spend on answers the page drops. A line the page shows as
 * it is (in the lines of the document it names as `shown`) goes as its id, and the isolation
 * as what changed since that document's.
 */
import type { DerivedLines } from '../derived/derive';
import { linesForPage, linesWithoutSamples } from '../derived/derive';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';
import { linesReplies, LINES_PER_PART } from './lineParts';
import type { ShownLines } from './lineParts';

/**
 * The lines of the worker's last few documents as the page would hold them, by
 * document: the page shows those of one of them (an undo can go back a few).
 */
export interface LinesSent {
  of: (seq: number) => ShownLines | null;
  keep: (seq: number, lines: DerivedLines) => void;
}

export function linesSent(documents = 4): LinesSent {
  const bySeq = new Map<number, ShownLines>();
  return {
    of: (seq) => bySeq.get(seq) ?? null,
    keep: (seq, { groups, isolation }) => {
      bySeq.set(seq, { groups: new Map(groups.map((g) => [g.id, g])), isolation });
      for (const old of bySeq.keys()) {
        if (bySeq.size <= documents) break;
        bySeq.delete(old);
      }
    },
  };
}

export function docReplies(
  request: Pick<Extract<DeriveRequest, { type: 'doc' }>, 'seq' | 'collapsed' | 'known' | 'shown'>,
  lines: DerivedLines,
  sent: LinesSent = linesSent(),
): { replies: DeriveReply[]; tablesDue: boolean } {
  const { seq, collapsed, known, shown } = request;
  if (known) {
    // The page shows this document's lines again (their groups are the same whatever is collapsed).
    sent.keep(seq, linesWithoutSamples(lines));
    return { replies: [{ type: 'changes', seq, changes: lines.changes }], tablesDue: false };
  }
  const forPage = linesForPage(lines, collapsed);
  const replies = linesReplies(seq, forPage, LINES_PER_PART, sent.of(shown));
  sent.keep(seq, forPage);
  return { replies, tablesDue: true };
}
