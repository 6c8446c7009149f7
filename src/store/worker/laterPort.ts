/**
 * A port that posts in a task of its own: `postMessage` copies what it sends
 * at once (a structured clone), and a new document is sent from inside the
 * store update that set it, whose render is the page's longest task when a
 * large file opens (the dump's document took 25 ms to copy there). The
 * requests keep their order; each batch goes after the task that asked. A
 * request that cannot be posted (it cannot be copied) is a failure of the
 * port, as it was when posted at once.
 *
 * The worker's answers likewise: reading one copies it in (the dump's lines,
 * 6 MB, are a long copy), and taking it into the store renders the canvas.
 * Each answer read is taken in a task of its own, in the order they came.
 */
import type { DerivePort, DeriveReply } from './deriveProtocol';

/** Runs a callback in a later task (a zero-delay timer by default). */
export type Later = (run: () => void) => void;

const nextTask: Later = (run) => {
  setTimeout(run, 0);
};

export function laterPort(
  port: DerivePort,
  onFailure: (reason: string) => void,
  later: Later = nextTask,
): DerivePort {
  let queue: Parameters<DerivePort['post']>[0][] = [];
  let stopped = false;
  const flush = () => {
    const batch = queue;
    queue = [];
    if (stopped) return;
    try {
      for (const request of batch) port.post(request);
    } catch (error) {
      onFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    post: (request) => {
      if (stopped) return;
      if (queue.length === 0) later(flush);
      queue.push(request);
    },
    stop: () => {
      stopped = true;
      queue = [];
      port.stop();
    },
  };
}

/** Takes each answer in a later task of its own, in the order they came. */
export function laterReplies(
  onReply: (reply: DeriveReply) => void,
  later: Later = nextTask,
): (reply: DeriveReply) => void {
  return (reply) => {
    later(() => {
      onReply(reply);
    });
  };
}
