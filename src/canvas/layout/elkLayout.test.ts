// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A worker whose script fails to load: it only fires `error`, as a browser's does. */
class FailingWorker extends EventTarget {
  static started = 0;
  constructor() {
    super();
    FailingWorker.started += 1;
    setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: '' })), 0);
  }
}

const terminated = vi.fn();

vi.mock('elkjs/lib/elk-worker.min.js?url', () => ({ default: '/elk-worker.js' }));
vi.mock('elkjs/lib/elk-api.js', () => ({
  default: class {
    constructor(options: { workerFactory: () => unknown }) {
      options.workerFactory();
    }
    // ELK itself never hears of the failure: its answer never comes.
    layout() {
      return new Promise(() => undefined);
    }
    terminateWorker() {
      terminated();
    }
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('when the layout worker cannot start', () => {
  it('rejects the layout with why, and the next layout starts a new worker', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const { layoutWithElk } = await import('./elkLayout');
    const graph = { id: 'root', children: [] };
    await expect(layoutWithElk(graph)).rejects.toThrow(
      'the layout worker stopped (its script could not be loaded)',
    );
    expect(terminated).toHaveBeenCalledTimes(1);
    await expect(layoutWithElk(graph)).rejects.toThrow('the layout worker stopped');
    expect(FailingWorker.started).toBe(2);
  });
});

/** A worker that starts and stays: counts how many were started. */
class QuietWorker extends EventTarget {
  static started = 0;
  constructor() {
    super();
    QuietWorker.started += 1;
  }
}

describe('when a layout is coming (a file is being read)', () => {
  it('starts the layout worker once, ahead of time, and the layout uses it', async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', QuietWorker);
    const { elkPreload, layoutWithElk } = await import('./elkLayout');
    elkPreload();
    elkPreload();
    await vi.waitFor(() => {
      expect(QuietWorker.started).toBe(1);
    });
    void layoutWithElk({ id: 'root', children: [] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(QuietWorker.started).toBe(1);
  });
});

/** A worker that starts, then can only fail to hand an answer over (`messageerror`). */
class GarbledWorker extends EventTarget {
  static last: GarbledWorker | null = null;
  constructor() {
    super();
    GarbledWorker.last = this;
  }
}

describe('a layout that never answers (ELK looping in its worker)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is cut off after its time, the worker stopped, and the next layout starts a new one', async () => {
    vi.resetModules();
    vi.useFakeTimers();
    terminated.mockClear();
    QuietWorker.started = 0;
    vi.stubGlobal('Worker', QuietWorker);
    const { LayoutUnfinished, layoutWithElk } = await import('./elkLayout');
    const graph = { id: 'root', children: [] };
    const first = layoutWithElk(graph, 30_000);
    const cut = expect(first).rejects.toThrow('the automatic layout did not finish in 30 s');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(terminated).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await cut;
    await expect(first).rejects.toBeInstanceOf(LayoutUnfinished);
    expect(terminated).toHaveBeenCalledTimes(1);
    const second = expect(layoutWithElk(graph, 30_000)).rejects.toBeInstanceOf(LayoutUnfinished);
    await vi.advanceTimersByTimeAsync(0);
    expect(QuietWorker.started).toBe(2);
    await vi.advanceTimersByTimeAsync(30_000);
    await second;
  });

  it('gets more time as its graph holds more nodes: tens of seconds for 1,000 cards', async () => {
    const { layoutLimitOf } = await import('./elkLayout');
    const cards = (n: number) => ({
      id: 'root',
      children: [
        { id: 'box', children: Array.from({ length: n }, (_, i) => ({ id: `c${String(i)}` })) },
      ],
    });
    expect(layoutLimitOf(cards(10))).toBeGreaterThanOrEqual(20_000);
    expect(layoutLimitOf(cards(1000))).toBeGreaterThan(layoutLimitOf(cards(10)));
    expect(layoutLimitOf(cards(1000))).toBeLessThan(120_000);
  });
});

describe('a layout whose answer cannot be read', () => {
  it('rejects at once, and the next layout starts a new worker', async () => {
    vi.resetModules();
    terminated.mockClear();
    vi.stubGlobal('Worker', GarbledWorker);
    const { layoutWithElk } = await import('./elkLayout');
    const graph = { id: 'root', children: [] };
    const first = layoutWithElk(graph);
    await vi.waitFor(() => {
      expect(GarbledWorker.last).not.toBeNull();
    });
    const worker = GarbledWorker.last;
    worker?.dispatchEvent(new MessageEvent('messageerror'));
    await expect(first).rejects.toThrow('the layout worker stopped (its answer could not be read)');
    expect(terminated).toHaveBeenCalledTimes(1);
    void layoutWithElk(graph).catch(() => undefined);
    await vi.waitFor(() => {
      expect(GarbledWorker.last).not.toBe(worker);
    });
  });
});
