import { documentPartsJoined } from '../../io';
import type { DocumentPart } from '../../io';

/**
 * Each entry's YAML as last written, by the entry: an edit keeps the entries it leaves alone, so
 * after one only what it changed is written again.
 */
const written = new WeakMap<object, string>();

/**
 * Writes the design's parts in order, asking `enough()` before each one it has to write after
 * the first (so that every call makes progress); the whole design's YAML once every part is
 * written, else null: call it again, later, for the rest.
 */
export function yamlWritten(parts: readonly DocumentPart[], enough: () => boolean): string | null {
  const texts: string[] = [];
  let writes = 0;
  for (const part of parts) {
    let text = written.get(part.entry);
    if (text === undefined) {
      if (writes > 0 && enough()) return null;
      text = part.write();
      written.set(part.entry, text);
      writes += 1;
    }
    texts.push(text);
  }
  return documentPartsJoined(texts);
}
