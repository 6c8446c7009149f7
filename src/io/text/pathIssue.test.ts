import { describe, expect, it } from 'vitest';
import { formatValue, quoteText, textPrintable } from './pathIssue';

/** What a crafted name holds: clear the screen, home the cursor, a fake "ok", CR, BEL. */
const CLEAR_AND_FAKE = '\u001b[2J\u001b[Hok\r\u0007';

describe('when a message shows a text read from a file', () => {
  it('escapes ESC sequences, CR and BEL as JSON writes them', () => {
    expect(textPrintable(`web${CLEAR_AND_FAKE}`)).toBe('web\\u001b[2J\\u001b[Hok\\r\\u0007');
  });

  it('escapes C1 controls, DEL, line separators and bidirectional overrides', () => {
    expect(textPrintable('a\u009b31mb\u0085c\u007fd\u2028e\u2029f\u202eg\u2066h')).toBe(
      'a\\u009b31mb\\u0085c\\u007fd\\u2028e\\u2029f\\u202eg\\u2066h',
    );
  });

  it('leaves other text alone, accents and emoji included', () => {
    expect(textPrintable('café ✓ 🚀 prod/web')).toBe('café ✓ 🚀 prod/web');
  });

  it('quotes with every such character escaped, also when the text is cut', () => {
    expect(quoteText(`x\u009b\u2028${CLEAR_AND_FAKE}`)).toBe(
      '"x\\u009b\\u2028\\u001b[2J\\u001b[Hok\\r\\u0007"',
    );
    const long = quoteText('\u0085'.repeat(200));
    expect(long).toMatch(/^"(\\u0085)+…" \(200 characters\)$/);
    expect(formatValue({ name: 'a\u009bb' })).toBe('{"name":"a\\u009bb"}');
  });
});
