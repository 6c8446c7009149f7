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
