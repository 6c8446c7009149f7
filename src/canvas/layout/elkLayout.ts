/**
 * Runs ELK in its own Web Worker, loaded on first use (the library is large
 * and most sessions never import a design). The worker script is served from
 * the page's own origin, as the Content-Security-Policy requires.
 *
 * A worker whose script fails to load or run reports it only through its
 * `error` event, which ELK does not listen to: its layout would wait forever
 * and the design would stay unplaced without a word. Such a failure rejects
 * the layout instead (the canvas says "The automatic layout failed: …"), and
 * the next layout starts a new worker.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

interface Loaded {
  readonly elk: ELK;
  /** Resolves with the worker's failure, if it ever fails. */
  readonly failure: Promise<Error>;
}

let loaded: Promise<Loaded> | null = null;

function workerFailure(event: ErrorEvent): Error {
  const why = event.message === '' ? 'its script could not be loaded' : event.message;
  return new Error(`the layout worker stopped (${why})`);
}

function loadElk(): Promise<Loaded> {
  loaded ??= Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]).then(([api, worker]) => {
    let failed: (error: Error) => void = () => undefined;
    const failure = new Promise<Error>((resolve) => {
      failed = resolve;
    });
    const elk = new api.default({
      workerFactory: () => {
        const started = new Worker(worker.default, { name: 'elk' });
        started.addEventListener('error', (event) => {
          failed(workerFailure(event));
        });
        return started;
      },
    });
    return { elk, failure };
  });
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/**
 * Loads ELK and starts its worker ahead of a layout that is coming (while a
 * file is read): on a large design that is half a second off the time to
 * the first overview. A failure to load shows when the layout runs.
 */
export function elkPreload(): void {
  void loadElk();
}

/** `graph` laid out: every node with its `x` and `y` (children relative to their parent). */
export async function layoutWithElk(graph: ElkNode): Promise<ElkNode> {
  const { elk, failure } = await loadElk();
  const outcome = await Promise.race([
    elk.layout(graph).then((laidOut) => ({ laidOut })),
    failure.then((error) => ({ error })),
  ]);
  if ('laidOut' in outcome) return outcome.laidOut;
  // A stopped worker is not used again: the next layout loads a new one.
  elk.terminateWorker();
  loaded = null;
  throw outcome.error;
}
