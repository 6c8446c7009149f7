import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { encodeEntry } from './designEntry';
import type { EncodeRequest } from './encodeInWorker';
import { encodeAnswerer, encodeInWorker } from './encodeInWorker';

describe('when there is no Worker (Node)', () => {
  it('writes the autosave entry in place, as encodeEntry does', async () => {
    const design = { doc: generateCluster({ pods: 5, policies: 2, namespaces: 1 }), positions: {} };
    const meta = { savedAt: 1, tab: 'a' };
    await expect(encodeInWorker()(design, meta)).resolves.toBe(encodeEntry(design, meta));
  });
});

describe('in a worker', () => {
  const posted: EncodeRequest[] = [];
  /** A worker that answers as `encode.worker.ts` does, each message copied as `postMessage` copies it. */
  class FakeWorker {
    private readonly answer = encodeAnswerer();
    private listener: ((event: { data: unknown }) => void) | null = null;
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      if (type === 'message') this.listener = listener;
    }
    postMessage(request: EncodeRequest) {
      posted.push(request);
      const reply = structuredClone(this.answer(structuredClone(request)));
      setTimeout(() => this.listener?.({ data: reply }), 0);
    }
    terminate() {
      this.listener = null;
    }
  }
  beforeEach(() => {
    posted.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes each design as in place, its document sent after the first as what changed', async () => {
    const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 3 });
    const edited = { ...doc, policies: doc.policies.slice(1) };
    const designs = [doc, edited, doc].map((d) => ({ doc: d, positions: {} }));
    const meta = { savedAt: 1, tab: 'a' };
    const encode = encodeInWorker();
    for (const design of designs) {
      await expect(encode(design, meta)).resolves.toBe(encodeEntry(design, meta));
    }
    expect(posted.map((r) => Object.keys(r.design.doc))).toEqual([
      ['whole'],
      ['changes'],
      ['changes'],
    ]);
    const second = posted[1]?.design.doc;
    expect(second !== undefined && 'changes' in second && second.changes.policies.items).toEqual(
      [],
    );
  });
});
