/** What the command's exit status means; scripts and CI rely on these numbers. */
export const EXIT = {
  /** Done; for `check`, every expectation held. */
  ok: 0,
  /** Invalid input (a parse or validation error) or a failed expectation. */
  invalid: 1,
  /** `diff`: some connection, workload, namespace or port differs between the versions. */
  changed: 1,
  /** Usage: unknown command or flag, missing or bad argument, unreadable file. */
  usage: 2,
  /**
   * `diff` only: any trouble (usage, unreadable or invalid input), as diff(1) does, since
   * 1 means "changed" there.
   */
  trouble: 2,
  /** A bug in netpol-canvas (EX_SOFTWARE from sysexits.h). */
  internal: 70,
  /** The output could not be written, e.g. a full disk (EX_IOERR from sysexits.h). */
  output: 74,
  /** The reader of the output went away (`| head -1`): what a shell reports after SIGPIPE. */
  pipe: 141,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
