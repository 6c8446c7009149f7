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

  it('refuses UTF-16 with a broken surrogate as UTF-16, not as UTF-8', () => {
    expect(bytesDecode(bytes(0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00))).toEqual({
      error: 'not a text file (it starts as UTF-16LE but is not valid UTF-16LE)',
    });
  });

  it('refuses a binary file', () => {
    expect(bytesDecode(bytes(0x7f, 0x45, 0x4c, 0x46, 0x00))).toEqual({
      error: 'not a text file (it contains NUL bytes)',
    });
  });

  it('refuses bytes that are not UTF-8, saying where the first one is', () => {
    expect(bytesDecode(bytes(0x61, 0xc3, 0x28))).toEqual({
      error: 'not valid UTF-8 (byte 0xC3; Windows-1252 or Latin-1?): save the file as UTF-8',
      line: 1,
      column: 2,
    });
  });

  it('places a Windows-1252 letter on its line and column', () => {
    const line3 = '  labels: {team: \u00e9t\u00e9, x: caf';
    const head = new TextEncoder().encode(`kind: Namespace\nmetadata:\n${line3}`);
    const decoded = bytesDecode(new Uint8Array([...head, 0xe9, 0x0a]));
    expect(decoded).toMatchObject({ line: 3, column: line3.length + 1 });
  });
});
