/**
 * Reading an input without trusting its size: a pipe, a device (`/dev/zero`) or a FIFO has
 * no size to check first, so reading stops as soon as more than the limit has come in.
 */
import { createReadStream } from 'node:fs';

/** The bytes of `stream`, or null as soon as more than `maxBytes` were read (then it stops). */
export async function bytesReadLimited(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (total > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** A file, device or FIFO, read up to `maxBytes` as above. */
export function fileReadLimited(path: string, maxBytes: number): Promise<Uint8Array | null> {
  return bytesReadLimited(createReadStream(path), maxBytes);
}
