/**
 * Standard output or error could not be written: a full disk (`> /dev/full`, ENOSPC), a
 * closed reader (`| head -1`, EPIPE), an I/O error. Not a bug, so not an internal error.
 */
export class OutputError extends Error {
  constructor(
    readonly stream: 'standard output' | 'standard error',
    readonly code: string,
  ) {
    super(`cannot write to ${stream}: ${OutputError.reason(code)}`);
    this.name = 'OutputError';
  }

  static reason(code: string): string {
    if (code === 'ENOSPC') return 'no space left on device (ENOSPC)';
    if (code === 'EPIPE') return 'the reader has gone (EPIPE)';
    if (code === 'EIO') return 'input/output error (EIO)';
    return code;
  }
}
