/**
 * Where a command reads and writes. `main` gets the real process streams in
 * Node; tests pass collecting sinks and run commands in-process.
 */
import { textPrintable } from '../io';

export interface TextSink {
  /** Resolves when the text may be followed by more (backpressure). */
  write(text: string): Promise<void>;
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
  return { write: (text) => sink.write(text.split('\n').map(textPrintable).join('\n')) };
}
