/** A file to import: its name as the user gave it (`-` for standard input) and its text. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}
