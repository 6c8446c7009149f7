/**
 * Runs ELK in its own Web Worker, loaded on first use (the library is large
 * and most sessions never import a design). The worker script is served from
 * the page's own origin, as the Content-Security-Policy requires.
 *
 * A layout never waits forever. A worker whose script fails to load or run,
 * or whose answer cannot be read, reports it only through its `error` or
 * `messageerror` event, which ELK does not listen to; and a layout that loops
 * inside the worker (ELK's packing did, on some box sizes: `elkGraph.ts`)
 * answers nothing at all. The first rejects the layout at once, the second
 * once it has taken far longer than any layout should (`layoutLimitOf`); the
 * worker is stopped either way, and the next layout starts a new one.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

interface Loaded {
  readonly elk: ELK;
  /** Resolves with why the worker was stopped, once it is. */
  readonly stopped: Promise<Error>;
  /** Stops the worker: every layout waiting on it rejects with `error`. */
  readonly stop: (error: Error) => void;
}

/** A layout cut off: it took longer than `seconds`. */
export class LayoutUnfinished extends Error {
  constructor(readonly seconds: number) {
    super(`the automatic layout did not finish in ${String(seconds)} s`);
    this.name = 'LayoutUnfinished';
  }
}

/** The least time a layout is given, and how much more for each node of its graph. */
const LIMIT_BASE_MS = 20_000;
const LIMIT_PER_NODE_MS = 30;

function nodesIn(graph: ElkNode): number {
  return (graph.children ?? []).reduce((sum, child) => sum + nodesIn(child), 1);
}

/**
 * How long a layout of `graph` may take before it is cut off: generous (52 s for the
 * 1,000-workload design, which ELK lays out in 2 to 9 s on a busy laptop).
 */
export function layoutLimitOf(graph: ElkNode): number {
  return LIMIT_BASE_MS + LIMIT_PER_NODE_MS * nodesIn(graph);
}

let loaded: Promise<Loaded> | null = null;

function workerFailure(event: ErrorEvent): Error {
  const why = event.message === '' ? 'its script could not be loaded' : event.message;
  return new Error(`the layout worker stopped (${why})`);
}

const UNREADABLE = 'the layout worker stopped (its answer could not be read)';

function loadElk(): Promise<Loaded> {
  if (loaded !== null) return loaded;
  const loading = Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]).then(([api, worker]): Loaded => {
    let stopped: (error: Error) => void = () => undefined;
    const stoppedWith = new Promise<Error>((resolve) => {
      stopped = resolve;
    });
    let stop: (error: Error) => void = () => undefined;
    const elk = new api.default({
      workerFactory: () => {
        const started = new Worker(worker.default, { name: 'elk' });
        started.addEventListener('error', (event) => {
          stop(workerFailure(event));
        });
        started.addEventListener('messageerror', () => {
          stop(new Error(UNREADABLE));
        });
        return started;
      },
    });
    let over = false;
    stop = (error) => {
      if (over) return;
      over = true;
      // A stopped worker is not used again: the next layout loads a new one.
      if (loaded === loading) loaded = null;
      elk.terminateWorker();
      stopped(error);
    };
    return { elk, stopped: stoppedWith, stop };
  });
  loaded = loading;
  loading.catch(() => {
    if (loaded === loading) loaded = null;
  });
  return loading;
}

/**
 * Loads ELK and starts its worker ahead of a layout that is coming (while a
 * file is read): on a large design that is half a second off the time to
 * the first overview. A failure to load shows when the layout runs.
 */
export function elkPreload(): void {
  void loadElk();
}

/**
 * `graph` laid out: every node with its `x` and `y` (children relative to their parent).
 * Rejects if the worker stops, or with `LayoutUnfinished` after `limitMs`.
 */
export async function layoutWithElk(
  graph: ElkNode,
  limitMs = layoutLimitOf(graph),
): Promise<ElkNode> {
  const { elk, stopped, stop } = await loadElk();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cutOff = new Promise<{ error: Error }>((resolve) => {
    timer = setTimeout(() => {
      resolve({ error: new LayoutUnfinished(Math.round(limitMs / 1000)) });
    }, limitMs);
  });
  try {
    const outcome = await Promise.race([
      elk.layout(graph).then((laidOut) => ({ laidOut })),
      stopped.then((error) => ({ error })),
      cutOff,
    ]);
    if ('laidOut' in outcome) return outcome.laidOut;
    stop(outcome.error);
    throw outcome.error;
  } finally {
    clearTimeout(timer);
  }
}
