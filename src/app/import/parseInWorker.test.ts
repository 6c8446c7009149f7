import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFiles } from '../../io';
import type { ImportReply } from './importProtocol';
import { parseInWorker } from './parseInWorker';

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n';

describe('parsing files for an import', () => {
  it('gives the parse result and reports each file, then the assembly', async () => {
    const seen: string[] = [];
    const result = await parseInWorker(
      [
        { name: 'a.yaml', text: NAMESPACE },
        { name: 'b.yaml', text: NAMESPACE.replace('prod', 'dev') },
      ],
      (p) => seen.push(`${p.file}:${p.filesDone}/${p.files}`),
      new AbortController().signal,
    );
    expect(result.ok && result.doc.namespaces.map((n) => n.name)).toEqual(['prod', 'dev']);
    expect(seen).toEqual(['a.yaml:0/2', 'b.yaml:1/2', ':2/2']);
  });

  it('reads a picked file as it reads text in hand', async () => {
    const file = new Blob([NAMESPACE]);
    const picked = { name: 'a.yaml', file, head: NAMESPACE };
    const result = await parseInWorker([picked], () => undefined, new AbortController().signal);
    expect(result.ok && result.doc.namespaces.map((n) => n.name)).toEqual(['prod']);
  });

  it('is refused with an AbortError once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      parseInWorker([{ name: 'a.yaml', text: NAMESPACE }], () => undefined, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

/** A worker the test answers by hand. */
class HandWorker extends EventTarget {
  static last: HandWorker | null = null;
  constructor() {
    super();
    HandWorker.last = this;
  }
  postMessage(): void {
    // answered by the test
  }
  terminate(): void {
    // nothing runs
  }
  answer(reply: ImportReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

describe("the import worker's answer", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is taken in a task after the one that read it (copying it in is a long task)', async () => {
    vi.stubGlobal('Worker', HandWorker);
    let taken = false;
    const parsing = parseInWorker(
      [{ name: 'a.yaml', text: NAMESPACE }],
      () => undefined,
      new AbortController().signal,
    ).then((result) => {
      taken = true;
      return result;
    });
    const result = parseFiles([{ name: 'a.yaml', text: NAMESPACE }]);
    HandWorker.last?.answer({ type: 'done', result });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(taken).toBe(false);
    expect(await parsing).toEqual(result);
  });
});
