/** `1 flow`, `3 flows`; `words` for an irregular plural (`policy`, `policies`). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
