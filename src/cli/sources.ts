/**
 * Reads the input files (`-` = standard input) as text. A file that cannot be
 * read is a usage error; a file that is not text is invalid input, reported as
 * an issue in the usual format.
 */
import { stat } from 'node:fs/promises';
import type { SourceFile } from '../io';
import type { Issue } from '../model';
import type { CliContext } from './context';
import { fileReadLimited } from './inputBytes';
import { bytePosition, utf8InvalidOffset } from './utf8Invalid';

/** Far above the io layer's own limit: only keeps a huge file from exhausting memory here. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export type SourcesResult =
  | {
      readonly ok: true;
      readonly files: readonly SourceFile[];
      readonly problems: readonly Issue[];
    }
  | { readonly ok: false; readonly message: string };

function fileProblem(file: string, message: string, line = 0, column = 0): Issue {
  return { file, line, column, path: '', severity: 'error', message };
}

/**
 * UTF-8 (a byte order mark is dropped), or UTF-16
 * with a BOM (what Windows PowerShell's `>` writes). Anything else is not text.
 */
export function bytesDecode(
  bytes: Uint8Array,
): { text: string } | { error: string; line?: number; column?: number } {
  const [b0, b1] = bytes;
  const utf16 =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : '';
  if (utf16 !== '') {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)) };
    } catch (_error) {
      return {
        error: `not a text file (it starts as ${utf16.toUpperCase()} but is not valid ${utf16.toUpperCase()})`,
      };
    }
  }
  if (bytes.includes(0)) return { error: 'not a text file (it contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (_error) {
    // Not UTF-8: find where, for the message (slower than the decoder, so only now).
  }
  const offset = utf8InvalidOffset(bytes);
  if (offset === -1) return { error: 'not a text file (it is not valid UTF-8)' };
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    error: `not valid UTF-8 (byte 0x${hex}; Windows-1252 or Latin-1?): save the file as UTF-8`,
    ...bytePosition(bytes, offset),
  };
}

export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The bytes of one input, or null when it is too large to read. The size a file reports is
 * only a shortcut: standard input, devices and FIFOs report none, and every source stops
 * being read once it passes the limit.
 */
async function readBytes(path: string, ctx: CliContext): Promise<Uint8Array | null> {
  if (path === '-') return ctx.readStdin(MAX_INPUT_BYTES);
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > MAX_INPUT_BYTES) return null;
  return fileReadLimited(path, MAX_INPUT_BYTES);
}

export async function sourcesRead(
  paths: readonly string[],
  ctx: CliContext,
): Promise<SourcesResult> {
  if (paths.filter((p) => p === '-').length > 1) {
    return { ok: false, message: "standard input ('-') can be read only once" };
  }
  const files: SourceFile[] = [];
  const problems: Issue[] = [];
  for (const path of paths) {
    let bytes: Uint8Array | null;
    try {
      bytes = await readBytes(path, ctx);
    } catch (error) {
      return { ok: false, message: `cannot read ${path}: ${reason(error)}` };
    }
    if (bytes === null || bytes.length > MAX_INPUT_BYTES) {
      problems.push(
        fileProblem(path, `file too large (the limit is ${MAX_INPUT_BYTES >> 20} MiB)`),
      );
      continue;
    }
    const decoded = bytesDecode(bytes);
    if ('error' in decoded)
      problems.push(fileProblem(path, decoded.error, decoded.line, decoded.column));
    else files.push({ name: path, text: decoded.text });
  }
  return { ok: true, files, problems };
}
