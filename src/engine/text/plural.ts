/** `1 flow`, `3 flows`: a count and its noun; `words` for an irregular plural (`policy`, `policies`). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${String(n)} ${n === 1 ? word : words}`;
}
