import { describe, expect, it } from 'vitest';
import { focusNoteText, focusSpreadText } from './focusNote';

describe('the note of a focus on a workload', () => {
  it('names the unit of both counts: lines, which the Inspector’s workloads are not', () => {
    expect(focusNoteText('ns-7/app-7-api-87', { in: 7, out: 55 })).toBe(
      'Focused on ns-7/app-7-api-87, showing its 7 lines in and 55 lines out — Esc to leave',
    );
  });

  it('counts one line as one', () => {
    expect(focusNoteText('shop/web', { in: 1, out: 0 })).toBe(
      'Focused on shop/web, showing its 1 line in and 0 lines out — Esc to leave',
    );
  });

  it('says how many of them are blocked, as the Inspector counts only what gets through', () => {
    // A workload isolated both ways whose egress rules ask for 44 connections its peers refuse:
    // the Inspector says it opens connections to 0 workloads; the note must not read as 44.
    expect(
      focusNoteText('ns-1/app-0-web-1', { in: 0, out: 44, inBlocked: 0, outBlocked: 44 }),
    ).toBe(
      'Focused on ns-1/app-0-web-1, showing its 0 lines in and 44 lines out (all blocked) — Esc to leave',
    );
    expect(focusNoteText('shop/db', { in: 3, out: 1, inBlocked: 1, outBlocked: 1 })).toBe(
      'Focused on shop/db, showing its 3 lines in (1 blocked) and 1 line out (blocked) — Esc to leave',
    );
  });
});

describe('where the neighbours of a focus wait', () => {
  it('says how many of them wait in how many collapsed namespaces', () => {
    expect(focusSpreadText({ workloads: 261, waiting: 166, boxes: 22 })).toBe(
      '166 of its 261 neighbouring workloads wait in 22 collapsed namespaces',
    );
    expect(focusSpreadText({ workloads: 2, waiting: 1, boxes: 1 })).toBe(
      '1 of its 2 neighbouring workloads waits in 1 collapsed namespace',
    );
  });

  it('says nothing when every neighbour is drawn', () => {
    expect(focusSpreadText({ workloads: 12, waiting: 0, boxes: 0 })).toBeNull();
  });
});
