/** Go's `len(s)`: the number of UTF-8 bytes (a lone surrogate counts 3, as U+FFFD would). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) n += 1;
    else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 2; // a pair: 2 code units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit < 0xe000;
}
