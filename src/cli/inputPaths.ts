/**
 * A directory argument stands for the YAML and JSON files inside it, as with `kubectl apply
 * -f DIR`: `.yaml`, `.yml` and `.json` files, other files skipped, in sorted order, here
 * recursively (kubectl needs -R). Hidden files and directories (`.github/`, `.git/`) are
 * skipped: their YAML (CI workflows) is not Kubernetes objects. kubectl reads them.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

const EXTENSIONS = /\.(ya?ml|json)$/i;

async function walk(dir: string, seen: Set<string>, into: string[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, seen, into);
    else if (EXTENSIONS.test(name)) into.push(path);
  }
}

/** The files to read: each argument, or the files found in it when it is a directory. */
export async function inputPathsExpand(
  paths: readonly string[],
): Promise<{ ok: true; files: string[] } | { ok: false; path: string; error: unknown }> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      const info = path === '-' ? null : await stat(path);
      if (info?.isDirectory() !== true) {
        files.push(path);
        continue;
      }
      const found: string[] = [];
      await walk(path, new Set(), found);
      if (found.length === 0) {
        const error = Object.assign(new Error('no .yaml, .yml or .json file in it'), {
          code: 'no .yaml, .yml or .json file in this directory',
        });
        return { ok: false, path, error };
      }
      files.push(...found);
    } catch (error) {
      // A missing file is reported when it is read, with the usual words.
      if ((error as { code?: unknown }).code === 'ENOENT') {
        files.push(path);
        continue;
      }
      return { ok: false, path, error };
    }
  }
  return { ok: true, files };
}
