import { describe, expect, it } from 'vitest';
import { bytesDecode } from './sources';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('when decoding an input file', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    expect(bytesDecode(new TextEncoder().encode('\uFEFFkind: Pod ✓'))).toEqual({
      text: 'kind: Pod ✓',
    });
  });

  it('reads UTF-16 with a byte order mark', () => {
    expect(bytesDecode(bytes(0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00))).toEqual({ text: 'a:' });
    expect(bytesDecode(bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x3a))).toEqual({ text: 'a:' });
  });

  it('refuses a binary file', () => {
    expect(bytesDecode(bytes(0x7f, 0x45, 0x4c, 0x46, 0x00))).toEqual({
      error: 'not a text file (it contains NUL bytes)',
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(bytesDecode(bytes(0x61, 0xc3, 0x28))).toEqual({
      error: 'not a text file (it is not valid UTF-8)',
    });
  });
});
