import { describe, expect, it } from 'vitest';
import { bytePosition, utf8InvalidOffset } from './utf8Invalid';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('when looking for the first byte that is not UTF-8', () => {
  it('finds none in well-formed text of every sequence length', () => {
    expect(utf8InvalidOffset(new TextEncoder().encode('a é € 𝄞'))).toBe(-1);
  });

  it('finds a lone Latin-1 byte', () => {
    expect(utf8InvalidOffset(bytes(0x63, 0x61, 0x66, 0xe9))).toBe(3);
  });

  it('finds overlong forms, surrogates, code points above U+10FFFF and cut sequences', () => {
    expect(utf8InvalidOffset(bytes(0x61, 0xc0, 0xaf))).toBe(1);
    expect(utf8InvalidOffset(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(utf8InvalidOffset(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(utf8InvalidOffset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(utf8InvalidOffset(bytes(0x61, 0xe2, 0x82))).toBe(1);
  });
});

describe('when placing a byte offset', () => {
  it('counts lines by newlines and columns in UTF-16 code units', () => {
    const text = new TextEncoder().encode('a\nbé€x');
    expect(bytePosition(text, 0)).toEqual({ line: 1, column: 1 });
    expect(bytePosition(text, 2)).toEqual({ line: 2, column: 1 });
    expect(bytePosition(text, text.length - 1)).toEqual({ line: 2, column: 4 });
    expect(bytePosition(new TextEncoder().encode('a\n𝄞x'), 6)).toEqual({ line: 2, column: 3 });
  });
});
