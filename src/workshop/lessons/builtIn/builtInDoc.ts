/**
 * The document of a built-in lesson step, read from its YAML files through
 * the importer, exactly as a user's files would be.
 */
import { parseFiles } from '../../../io';
import type { Doc } from '../../../model';

/**
 * The document of `files` (name to text). Built-in content is ours: any
 * problem the importer reports, even a warning, is a programmer error.
 */
export function builtInDoc(files: Readonly<Record<string, string>>): Doc {
  const sources = Object.entries(files).map(([name, text]) => ({ name, text }));
  const parsed = parseFiles(sources);
  const first = parsed.issues[0];
  if (first !== undefined) {
    throw new Error(`lesson YAML ${first.file}:${first.line}: ${first.message}`);
  }
  if (!parsed.ok) throw new Error('lesson YAML does not import');
  return parsed.doc;
}
