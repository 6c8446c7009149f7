/**
 * Where a command reads and writes. `main` gets the real process streams in
 * Node; tests pass collecting sinks and run commands in-process.
 */
import { textPrintable } from '../io';

export interface TextSink {
  /**
   * Resolves when the text may be followed by more (backpressure). Bytes are UTF-8, cut only
   * between characters, and are the sink's only until the promise resolves: the writer fills
   * the same buffer again. A large output (`reach --json`) is written as bytes (byteChunks.ts).
   */
  write(text: string | Uint8Array): Promise<void>;
}

const UTF8 = new TextDecoder();

/** What a sink was given, as text: for sinks that collect (tests) or escape (messages). */
export function chunkText(chunk: string | Uint8Array): string {
  return typeof chunk === 'string' ? chunk : UTF8.decode(chunk);
}

export interface CliContext {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /**
   * Standard input, read once for the file name `-`: null (and reading stops) as soon as
   * more than `maxBytes` came in, so that `yes | netpol-canvas validate -` ends.
   */
  readonly readStdin: (maxBytes: number) => Promise<Uint8Array | null>;
  /** True when stdout is a terminal (colour-free output either way). */
  readonly stdoutIsTTY: boolean;
}

/**
 * Writes several lines, each followed by a newline. Control characters in a line (a name
 * read from a file holding ESC or CR) are escaped: output lines cannot rewrite the terminal.
 */
export async function writeLines(sink: TextSink, lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await sink.write(lines.map(textPrintable).join('\n') + '\n');
}

/** A sink for messages (standard error): the lines of every write are escaped as above. */
export function messageSink(sink: TextSink): TextSink {
  return {
    write: (chunk) => sink.write(chunkText(chunk).split('\n').map(textPrintable).join('\n')),
  };
}
