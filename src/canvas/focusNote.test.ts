import { describe, expect, it } from 'vitest';
import { focusNoteText } from './focusNote';

describe('the note of a focus on a workload', () => {
  it('names the unit of both counts: lines, which the Inspector’s workloads are not', () => {
    expect(focusNoteText('ns-7/app-7-api-87', 7, 55)).toBe(
      'Focused on ns-7/app-7-api-87, showing its 7 lines in and 55 lines out — Esc to leave',
    );
  });

  it('counts one line as one', () => {
    expect(focusNoteText('shop/web', 1, 0)).toBe(
      'Focused on shop/web, showing its 1 line in and 0 lines out — Esc to leave',
    );
  });
});
