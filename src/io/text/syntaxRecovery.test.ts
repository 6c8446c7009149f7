import { describe, expect, it } from 'vitest';
import { documentBlanked } from './syntaxRecovery';

const TEXT = ['a: 1', '---', 'b: [', '  2', '--- # c', 'c: 3', ''].join('\n');

describe('when a document holds a syntax error', () => {
  it('blanks that document only, keeping every line and offset', () => {
    const blanked = documentBlanked(TEXT, 4);
    expect(blanked).toBe(['a: 1', '---', '    ', '   ', '--- # c', 'c: 3', ''].join('\n'));
    expect(blanked?.length).toBe(TEXT.length);
  });

  it('gives an error reported on the marker that ends a document to that document', () => {
    expect(documentBlanked(TEXT, 5)).toBe(documentBlanked(TEXT, 3));
  });

  it('blanks the first document, before any marker, and keeps CRLF line ends', () => {
    expect(documentBlanked('a: [\r\n---\r\nb: 1\r\n', 1)).toBe('    \r\n---\r\nb: 1\r\n');
  });

  it('gives up when there is nothing left to blank', () => {
    expect(documentBlanked('---\n', 1)).toBeNull();
    expect(documentBlanked(TEXT, 0)).toBeNull();
    expect(documentBlanked(TEXT, 99)).toBeNull();
  });
});
