import type { ElkNode } from 'elkjs/lib/elk-api';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore, selectFlowGroups, selectVirtualEnds } from '../../store';
import { elkGraphOf } from './elkGraph';
import { placeLoneCards, setLoneCardsAside } from './loneCards';
import { repackTop } from './packRows';

/** ELK in a thread of its own: a layout that never answers is cut by the test's timeout. */
const LAYOUT = `const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elk);
new ELK().layout(workerData.graph).then((laidOut) => parentPort.postMessage(laidOut));`;
const elk = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
const started: Worker[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

function layoutApart(graph: ElkNode): Promise<ElkNode> {
  const worker = new Worker(LAYOUT, { eval: true, workerData: { elk, graph } });
  started.push(worker);
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('Expand all on the 1,000-workload design (held-1000.yaml)', () => {
  it('is laid out, its boxes packed to the screens it never answered at', async () => {
    const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 27182 });
    const state = createEditorStore({ doc }).getState();
    const graph = elkGraphOf({
      doc,
      groups: selectFlowGroups(state),
      virtualEnds: selectVirtualEnds(state),
    });
    const { graph: linked, aside } = setLoneCardsAside(graph);
    // ELK's packing of these 52 boxes never answered at 1.56 (1440×900's canvas), 1.50, 1.20.
    const laidOut = placeLoneCards(await layoutApart(linked), aside);
    for (const aim of [1.2, 1.5, 1.56, 1.81]) {
      const boxes = repackTop(laidOut, aim).children ?? [];
      expect(boxes).toHaveLength(doc.namespaces.length + 2);
      const right = Math.max(...boxes.map((b) => (b.x ?? 0) + (b.width ?? 0)));
      const bottom = Math.max(...boxes.map((b) => (b.y ?? 0) + (b.height ?? 0)));
      // Packed to the screen's shape, give or take a box.
      expect(right / bottom).toBeGreaterThan(aim / 2);
      expect(right / bottom).toBeLessThan(aim * 2);
    }
  }, 120_000);
});
