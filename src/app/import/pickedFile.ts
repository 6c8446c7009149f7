/**
 * A file the user picked (Open file, a drop), handed to the import worker
 * unread: decoding a 30 MB file into text takes a quarter of a second, and
 * the worker does it off the main thread. The page reads only its head,
 * enough to tell a flow log from a design (`isFlowLog`) and to find a saved
 * design's title (`designTitleRead`): both look at the first line.
 */
import type { SourceFile } from '../../io';

export interface PickedFile {
  readonly name: string;
  readonly file: Blob;
  /** The file's text up to its first non-blank line's end (all of it when shorter). */
  readonly head: string;
}

/** What an import reads: text in hand (a paste, an example) or a picked file. */
export type ImportSource = SourceFile | PickedFile;

const FIRST_READ = 64 * 1024;

/** True once `text` holds a whole first non-blank line (what `isFlowLog` reads). */
function holdsFirstLine(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .includes('\n');
}

/**
 * The start of `file` as text, up to the end of its first non-blank line:
 * 64 KB, then twice as much until that line ends (or the file does). A
 * character cut at the end of a slice decodes wrongly, but only after the
 * line break that ended the reading.
 */
export async function fileHead(file: Blob): Promise<string> {
  for (let size = FIRST_READ; ; size *= 2) {
    const text = await file.slice(0, size).text();
    if (size >= file.size || holdsFirstLine(text)) return text;
  }
}

export async function pickedFile(file: File): Promise<PickedFile> {
  return { name: file.name, file, head: await fileHead(file) };
}

/** The text a source starts with: all of it, or a picked file's head. */
export function sourceHead(source: ImportSource): SourceFile {
  return { name: source.name, text: 'text' in source ? source.text : source.head };
}

/** The source's whole text (a picked file is read, in the worker or in Node). */
export async function sourceText(source: ImportSource): Promise<SourceFile> {
  return 'text' in source ? source : { name: source.name, text: await source.file.text() };
}

/** The source's size for the progress line: characters in hand, or the file's bytes. */
export function sourceSize(source: ImportSource): number {
  return 'text' in source ? source.text.length : source.file.size;
}
