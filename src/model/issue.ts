/** A problem found in user input: a value, never an exception. */
export type Severity = 'error' | 'warning';

export interface Issue {
  /** The file name as the user gave it (`-` for standard input). */
  readonly file: string;
  /** 1-based; 0 when the problem has no place in the text. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
  /** Field path inside the object, e.g. `spec.ingress[0].from[1].ipBlock.cidr`; '' for the file. */
  readonly path: string;
  readonly severity: Severity;
  readonly message: string;
}
