// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore } from '../../store';
import type { EditorStore } from '../../store';
import { useCanvasEdges } from './useCanvasEdges';
import { useCanvasNodes } from './useCanvasNodes';

afterEach(cleanup);

interface Drawn {
  /** Workload cards the canvas builds. */
  readonly cards: number;
  /** Lines that end at a workload card (not at a collapsed box). */
  readonly toCards: number;
}

/** What each render of the canvas's nodes and lines built, in order. */
function renderCanvasData(store: EditorStore): Drawn[] {
  const renders: Drawn[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  renderHook(
    () => {
      const nodes = useCanvasNodes();
      const edges = useCanvasEdges();
      const card = (id: string) => id.startsWith('workload:');
      renders.push({
        cards: nodes.filter((n) => n.type === 'workload').length,
        toCards: edges.filter((e) => card(e.source) || card(e.target)).length,
      });
    },
    { wrapper },
  );
  return renders;
}

/** Opens `names` as Expand all does: asked, then the layout's places landing. */
function expand(store: EditorStore, names: string[]): void {
  store.getState().setCollapsed(names, false);
  store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0, {});
}

const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });
const names = doc.namespaces.map((n) => n.name);

describe("the canvas's lines when boxes open", () => {
  it('come in a task after the one that opens the boxes, the design unchanged', async () => {
    const store = createEditorStore({ doc, collapsed: names });
    const renders = renderCanvasData(store);
    expect(renders.at(-1)).toEqual({ cards: 0, toCards: 0 });
    act(() => {
      expand(store, names);
    });
    expect(renders.at(-1)).toEqual({ cards: doc.workloads.length, toCards: 0 });
    await waitFor(() => {
      expect(renders.at(-1)?.toCards).toBeGreaterThan(0);
    });
    expect(renders.at(-1)?.cards).toBe(doc.workloads.length);
  });

  it('when the boxes close again, go in a task after the one that closes them', async () => {
    const store = createEditorStore({ doc });
    const renders = renderCanvasData(store);
    const open = renders.at(-1);
    expect(open?.toCards).toBeGreaterThan(0);
    act(() => {
      store.getState().setCollapsed(names, true);
    });
    expect(renders.at(-1)).toEqual({ cards: 0, toCards: open?.toCards });
    await waitFor(() => {
      expect(renders.at(-1)).toEqual({ cards: 0, toCards: 0 });
    });
  });

  it('after an edit, come in the render of the edit', () => {
    const store = createEditorStore({ doc });
    const renders = renderCanvasData(store);
    const before = renders.length;
    const drawn = renders.at(-1)?.toCards ?? 0;
    act(() => {
      const policy =
        doc.policies.find((p) => (p.spec.ingress?.length ?? 0) > 0) ?? doc.policies[0]!;
      const { namespace, name } = policy.metadata;
      store.getState().dispatch({ type: 'removePolicy', ref: { namespace, name } });
      expect(store.getState().doc.policies).toHaveLength(doc.policies.length - 1);
    });
    expect(renders[before]?.toCards).not.toBe(drawn);
    expect(renders[before]?.toCards).toBe(renders.at(-1)?.toCards);
  });
});
