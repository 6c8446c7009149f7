/**
 * `a`, `a and b`, `a, b and c`, `a, b, c and 4 more` (at most `max` names
 * spelled out; `Infinity` for all); with `word` 'or': `a, b or c`,
 * `a, b, c or 4 more`.
 */
export function namesJoin(names: readonly string[], max = 3, word: 'and' | 'or' = 'and'): string {
  if (names.length > max + 1) {
    return `${names.slice(0, max).join(', ')} ${word} ${names.length - max} more`;
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1] ?? ''}`;
}
