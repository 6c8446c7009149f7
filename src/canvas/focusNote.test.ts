import { describe, expect, it } from 'vitest';
import { focusFramedText, focusNoteText, focusSpreadText } from './focusNote';

const none = { workloads: 0, others: 0, blocked: 0 };

describe('the note of a focus on a workload', () => {
  it('counts workloads, as the Inspector beside it does, in its words', () => {
    // The Inspector: "Accepts connections from 25 of 199 workloads"; the note counted 33 lines.
    expect(
      focusNoteText('ns-6/app-4-cache-61', {
        from: { workloads: 25, others: 0, blocked: 0 },
        to: { workloads: 110, others: 0, blocked: 0 },
      }),
    ).toBe(
      'Focused on ns-6/app-4-cache-61: accepts connections from 25 workloads, opens connections to 110 workloads — Esc to leave',
    );
  });

  it('counts one workload as one, and none as 0 workloads', () => {
    expect(
      focusNoteText('shop/web', { from: { workloads: 1, others: 0, blocked: 0 }, to: none }),
    ).toBe(
      'Focused on shop/web: accepts connections from 1 workload, opens connections to 0 workloads — Esc to leave',
    );
  });

  it('says apart the ends that are no workload and those every line to which is blocked', () => {
    // 33 lines in: 25 workloads get through, 3 lines come from namespaces or anywhere, 5 are
    // blocked. The Inspector counts only what gets through: the 5 are more, not among the 25.
    expect(
      focusNoteText('ns-6/app-4-cache-61', {
        from: { workloads: 25, others: 3, blocked: 5 },
        to: { workloads: 0, others: 1, blocked: 0 },
      }),
    ).toBe(
      'Focused on ns-6/app-4-cache-61: accepts connections from 25 workloads and 3 namespaces or addresses (5 more blocked), opens connections to 1 namespace or address — Esc to leave',
    );
    expect(focusNoteText('ns-1/app-0-web-1', { from: none, to: { ...none, blocked: 44 } })).toBe(
      'Focused on ns-1/app-0-web-1: accepts connections from 0 workloads, opens connections to 0 workloads (44 more blocked) — Esc to leave',
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

describe('what the note says of a focus framed in part', () => {
  it('counts the neighbours in view and all of them', () => {
    expect(focusFramedText({ shown: 26, of: 107 })).toBe(
      'In view: the 26 nearest of its 107 neighbours; follow its lines for the rest',
    );
    expect(focusFramedText({ shown: 0, of: 1 })).toBe(
      'In view: none of its 1 neighbour; follow its lines for the rest',
    );
  });
});
