import { describe, expect, it } from 'vitest';
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
