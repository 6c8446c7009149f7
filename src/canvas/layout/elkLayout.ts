/**
 * Runs ELK in its own Web Worker, loaded on first use (the library is large
 * and most sessions never import a design). The worker script is served from
 * the page's own origin, as the Content-Security-Policy requires.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

let elk: Promise<ELK> | null = null;

function loadElk(): Promise<ELK> {
  elk ??= Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]).then(
    ([api, worker]) =>
      new api.default({ workerFactory: () => new Worker(worker.default, { name: 'elk' }) }),
  );
  elk.catch(() => {
    elk = null;
  });
  return elk;
}

/** `graph` laid out: every node with its `x` and `y` (children relative to their parent). */
export async function layoutWithElk(graph: ElkNode): Promise<ElkNode> {
  return (await loadElk()).layout(graph);
}
