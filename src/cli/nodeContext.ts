/** The real process streams, with backpressure and a quiet exit on a closed pipe (`| head`). */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CliContext, TextSink } from './context';

function streamSink(stream: Writable): TextSink {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`netpol-canvas reach --json … | head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

export function nodeContext(): CliContext {
  return {
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    readStdin: () => readAll(process.stdin),
    stdoutIsTTY: process.stdout.isTTY,
  };
}
