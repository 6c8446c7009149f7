/**
 * The real process streams, with backpressure. A write that fails (a full disk, a closed
 * pipe) rejects with an `OutputError`, which `main` turns into one line and an exit code.
 */
import type { Writable } from 'node:stream';
import type { CliContext, TextSink } from './context';
import { bytesReadLimited } from './inputBytes';
import { OutputError } from './outputError';

function streamSink(stream: Writable, name: OutputError['stream']): TextSink {
  let failure: OutputError | null = null;
  const failed = (error: NodeJS.ErrnoException): OutputError => {
    failure ??= new OutputError(name, error.code ?? error.message);
    return failure;
  };
  // A failed write is reported through its callback; the 'error' event that follows is the same.
  stream.on('error', failed);
  return {
    write(text) {
      if (failure !== null) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        stream.write(text, (error) => {
          if (error) reject(failed(error));
          else resolve();
        });
      });
    },
  };
}

export function nodeContext(): CliContext {
  return {
    stdout: streamSink(process.stdout, 'standard output'),
    stderr: streamSink(process.stderr, 'standard error'),
    readStdin: (maxBytes) => bytesReadLimited(process.stdin, maxBytes),
    stdoutIsTTY: process.stdout.isTTY,
  };
}
