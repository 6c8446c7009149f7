/**
 * The lines of a step's text, as the presenter reveals them one at a time:
 * the lines the trainer wrote (one point per line), or, for a text written as
 * one paragraph (the built-in lessons), its sentences. A sentence ends at
 * `.`, `!` or `?` followed by a space and a capital letter or an opening
 * quote, so `e.g. a`, `192.168.5.10` and `kube-dns.` inside a sentence stay
 * whole.
 */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z“"'(`])/;

export function lessonTextLines(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [only] = lines;
  if (lines.length !== 1 || only === undefined) return lines;
  return only.split(SENTENCE_END);
}
