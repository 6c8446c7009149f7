/**
 * For the autosave tests: a design store that fails as a full or blocked
 * browser storage does, and the three-tier document as the importer gives it.
 */
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { parseFiles, serializeDocument } from '../../io';
import type { Doc } from '../../model';
import type { DesignStore } from './designStore';

export function failingDesignStore(
  error: Error = new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  { reads = false }: { reads?: boolean } = {},
): DesignStore {
  return {
    get: () => (reads ? Promise.reject(error) : Promise.resolve(undefined)),
    set: () => Promise.reject(error),
    del: () => Promise.reject(error),
  };
}

export function threeTier(): Doc {
  const parsed = parseFiles([{ name: 't', text: serializeDocument(threeTierCluster([])) }]);
  if (!parsed.ok) throw new Error('fixture does not import');
  return parsed.doc;
}
