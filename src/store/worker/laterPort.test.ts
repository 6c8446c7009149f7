import { describe, expect, it } from 'vitest';
import type { DerivePort, DeriveReply, DeriveRequest } from './deriveProtocol';
import { laterPort, laterReplies } from './laterPort';

function recording() {
  const posted: DeriveRequest[] = [];
  const tasks: (() => void)[] = [];
  const failures: string[] = [];
  let stopped = false;
  let refuse = false;
  const port: DerivePort = {
    post: (request) => {
      if (refuse) throw new Error('could not be cloned');
      posted.push(request);
    },
    stop: () => {
      stopped = true;
    },
  };
  const later = laterPort(
    port,
    (reason) => failures.push(reason),
    (run) => tasks.push(run),
  );
  const runTasks = () => {
    for (const run of tasks.splice(0)) run();
  };
  return {
    later,
    posted,
    failures,
    runTasks,
    tasks,
    stopped: () => stopped,
    refuse: () => {
      refuse = true;
    },
  };
}

const paths = (seq: number, id: string): DeriveRequest => ({ type: 'paths', seq, id, held: 0 });

describe('a port that posts in a later task', () => {
  it('copies nothing in the task that asks, and posts everything asked, in order, in one later task', () => {
    const r = recording();
    r.later.post(paths(1, 'a'));
    r.later.post(paths(1, 'b'));
    r.later.post(paths(2, 'c'));
    expect(r.posted).toEqual([]);
    expect(r.tasks).toHaveLength(1);
    r.runTasks();
    expect(r.posted.map((p) => (p.type === 'paths' ? p.id : ''))).toEqual(['a', 'b', 'c']);
  });

  it('posts what is asked after a batch went in a batch of its own', () => {
    const r = recording();
    r.later.post(paths(1, 'a'));
    r.runTasks();
    r.later.post(paths(2, 'b'));
    expect(r.posted).toHaveLength(1);
    r.runTasks();
    expect(r.posted).toHaveLength(2);
  });

  it('posts nothing once stopped, and stops the port', () => {
    const r = recording();
    r.later.post(paths(1, 'a'));
    r.later.stop();
    r.runTasks();
    expect(r.posted).toEqual([]);
    expect(r.stopped()).toBe(true);
  });

  it('reports a request that cannot be posted as a failure of the port', () => {
    const r = recording();
    r.refuse();
    r.later.post(paths(1, 'a'));
    r.runTasks();
    expect(r.failures).toEqual(['could not be cloned']);
  });
});

describe("the worker's answers", () => {
  it('are taken each in a later task of its own, in the order they came', () => {
    const taken: DeriveReply[] = [];
    const tasks: (() => void)[] = [];
    const take = laterReplies(
      (reply) => taken.push(reply),
      (run) => tasks.push(run),
    );
    const failed = (seq: number): DeriveReply => ({ type: 'failed', seq, message: String(seq) });
    take(failed(1));
    take(failed(2));
    expect(taken).toEqual([]);
    expect(tasks).toHaveLength(2);
    tasks[0]?.();
    expect(taken).toEqual([failed(1)]);
    tasks[1]?.();
    expect(taken).toEqual([failed(1), failed(2)]);
  });
});
