import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageNeverIdle } from './neverIdle.testkit';
import { IDLE_SLICE_MS, whenIdle } from './whenIdle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('work done while the page is idle', () => {
  const idle: IdleRequestCallback[] = [];
  beforeEach(() => {
    idle.length = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => {
      idle[id - 1] = () => undefined;
    });
  });
  const idlePeriod = (ms: number) => {
    const callback = idle.shift();
    let left = ms;
    callback?.({ didTimeout: false, timeRemaining: () => left-- });
  };

  it('goes on in the next idle period until it is done, each step while time remains', () => {
    let steps = 0;
    const work = vi.fn((hasTime: () => boolean) => {
      while (steps < 5 && hasTime()) steps += 1;
      return steps === 5;
    });
    whenIdle(work);
    expect(work).not.toHaveBeenCalled();
    idlePeriod(3);
    expect(steps).toBe(2);
    idlePeriod(10);
    expect(steps).toBe(5);
    expect(idle).toHaveLength(0);
  });

  it('yields after a short slice, even when the idle period is long', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let steps = 0;
    whenIdle((hasTime) => {
      while (hasTime()) {
        steps += 1;
        now += 1;
      }
      return false;
    });
    idlePeriod(50);
    expect(steps).toBe(IDLE_SLICE_MS);
    expect(idle).toHaveLength(1);
  });

  it('stops when cancelled', () => {
    const work = vi.fn(() => false);
    const cancel = whenIdle(work);
    idlePeriod(5);
    cancel();
    idlePeriod(5);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('on a page that is never idle (a long pan or zoom)', () => {
  beforeEach(pageNeverIdle);

  it('does a short slice once its timeout is up, and the rest one timeout later each', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let steps = 0;
    whenIdle(
      (hasTime) => {
        while (steps < 2 * IDLE_SLICE_MS && hasTime()) {
          steps += 1;
          now += 1;
        }
        return steps === 2 * IDLE_SLICE_MS;
      },
      { timeout: 300 },
    );
    vi.advanceTimersByTime(299);
    expect(steps).toBe(0);
    vi.advanceTimersByTime(1);
    expect(steps).toBe(IDLE_SLICE_MS);
    vi.advanceTimersByTime(300);
    expect(steps).toBe(2 * IDLE_SLICE_MS);
  });

  it('stops when cancelled before its timeout', () => {
    const work = vi.fn(() => true);
    const cancel = whenIdle(work, { timeout: 300 });
    cancel();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});

describe('in a browser without idle callbacks', () => {
  it('works in short timer tasks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let rounds = 0;
    whenIdle(() => ++rounds === 3);
    expect(rounds).toBe(0);
    vi.runAllTimers();
    expect(rounds).toBe(3);
  });
});
