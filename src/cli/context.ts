/**
 * Where a command reads and writes. `main` gets the real process streams in
 * Node; tests pass collecting sinks and run commands in-process.
 */
export interface TextSink {
  /** Resolves when the text may be followed by more (backpressure). */
  write(text: string): Promise<void>;
}

export interface CliContext {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Everything on standard input, read once for the file name `-`. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** True when stdout is a terminal (colour-free output either way). */
  readonly stdoutIsTTY: boolean;
}

/** Writes several lines, each followed by a newline. */
export async function writeLines(sink: TextSink, lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await sink.write(lines.join('\n') + '\n');
}
