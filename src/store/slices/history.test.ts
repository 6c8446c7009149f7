import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../model';
import type { Doc } from '../../model';
import { HISTORY_LIMIT, historyCommit, historyRedo, historyUndo } from './history';
import type { HistoryState } from './history';

const docNamed = (name: string): Doc => ({
  ...EMPTY_DOC,
  namespaces: [{ name, labels: { 'kubernetes.io/metadata.name': name } }],
});

describe('when documents are committed', () => {
  it('undoes back to the previous document and redoes forward again', () => {
    const a = docNamed('a');
    const b = docNamed('b');
    let h = historyCommit({ doc: EMPTY_DOC, positions: {}, past: [], future: [] }, a);
    h = historyCommit(h, b);
    h = historyUndo(h);
    expect(h.doc).toBe(a);
    h = historyUndo(h);
    expect(h.doc).toBe(EMPTY_DOC);
    h = historyRedo(historyRedo(h));
    expect(h.doc).toBe(b);
  });

  it('clears the redo stack when a new document is committed after an undo', () => {
    const h = historyCommit(
      historyUndo(
        historyCommit({ doc: EMPTY_DOC, positions: {}, past: [], future: [] }, docNamed('a')),
      ),
      docNamed('c'),
    );
    expect(h.future).toEqual([]);
    expect(historyRedo(h)).toBe(h);
  });

  it('records nothing when the document is the same object', () => {
    const h = { doc: EMPTY_DOC, positions: {}, past: [], future: [] };
    expect(historyCommit(h, EMPTY_DOC)).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    let h: HistoryState = { doc: EMPTY_DOC, positions: {}, past: [], future: [] };
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = historyCommit(h, docNamed(`n${i}`));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('when there is nothing to undo or redo', () => {
  it('returns the same state', () => {
    const h = { doc: EMPTY_DOC, positions: {}, past: [], future: [] };
    expect(historyUndo(h)).toBe(h);
    expect(historyRedo(h)).toBe(h);
  });
});
