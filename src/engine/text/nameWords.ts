/**
 * Where a workload's name may go onto the next line on its card: after a
 * hyphen, dot or underscore, and inside a run of letters before one of the
 * words Kubernetes names are commonly made of, as Online Boutique names its
 * Deployments (`recommendation|service`, `product|catalog|service`), so that a
 * long name is broken between its words, never inside one.
 */

/** Words a name's run of letters is split before (when at least 3 letters come first). */
const WORDS = [
  'service',
  'server',
  'controller',
  'operator',
  'manager',
  'worker',
  'gateway',
  'generator',
  'exporter',
  'catalog',
  'scheduler',
  'processor',
  'proxy',
  'agent',
] as const;

/** The shortest start a run keeps before a word is split off it (`adservice` stays whole). */
const MIN_START = 3;

function splitRun(run: string): string[] {
  for (const word of WORDS) {
    const at = run.lastIndexOf(word);
    if (at >= MIN_START) return [...splitRun(run.slice(0, at)), run.slice(at)];
  }
  return [run];
}

/**
 * The name in pieces, in order, that join back into it: a line may break
 * between two pieces (the card puts a `<wbr>` there) and after a separator.
 */
export function nameWords(name: string): string[] {
  return (name.match(/[^-._]+[-._]*|[-._]+/g) ?? [name]).flatMap((part) => {
    const run = /^[^-._]+/.exec(part)?.[0] ?? '';
    const pieces = splitRun(run);
    const rest = part.slice(run.length);
    return [...pieces.slice(0, -1), `${pieces[pieces.length - 1] ?? ''}${rest}`];
  });
}

/**
 * The length of the name's longest word, with the separator after it (a line breaks after a
 * hyphen, so `prometheus-` must fit a line): no line break falls inside it.
 */
export function longestWordLength(name: string): number {
  return Math.max(...nameWords(name).map((w) => w.length));
}
