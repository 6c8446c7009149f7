import { describe, expect, it } from 'vitest';
import { newestOnly } from './newestRequest';

/** The worker's tasks, run in order by hand. */
function taskQueue() {
  const tasks: (() => void)[] = [];
  return {
    later: (run: () => void) => tasks.push(run),
    runAll: () => {
      while (tasks.length > 0) tasks.shift()?.();
    },
  };
}

describe('the route worker, asked again while it routes', () => {
  it('routes only the newest of the requests waiting', () => {
    const queue = taskQueue();
    const routed: number[] = [];
    const onMessage = newestOnly((seq: number) => routed.push(seq), queue.later);
    onMessage(1);
    onMessage(2);
    onMessage(3);
    queue.runAll();
    expect(routed).toEqual([3]);
  });

  it('routes a request that comes after the last answer', () => {
    const queue = taskQueue();
    const routed: number[] = [];
    const onMessage = newestOnly((seq: number) => routed.push(seq), queue.later);
    onMessage(1);
    queue.runAll();
    onMessage(2);
    queue.runAll();
    expect(routed).toEqual([1, 2]);
  });
});
