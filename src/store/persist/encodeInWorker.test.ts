import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { encodeEntry } from './designEntry';
import { encodeInWorker } from './encodeInWorker';

describe('when there is no Worker (Node)', () => {
  it('writes the autosave entry in place, as encodeEntry does', async () => {
    const design = { doc: generateCluster({ pods: 5, policies: 2, namespaces: 1 }), positions: {} };
    const meta = { savedAt: 1, tab: 'a' };
    await expect(encodeInWorker()(design, meta)).resolves.toBe(encodeEntry(design, meta));
  });
});
