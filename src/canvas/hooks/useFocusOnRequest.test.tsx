// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactFlowState } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { EditorState, FocusRequest } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import type { CameraAim } from './useCameraAim';
import { manualFrames, paintFrame } from './manualFrames.testkit';
import { useFocusOnRequest } from './useFocusOnRequest';

/** The editor's store, as much of it as the camera reads. */
const editor = createStore<Pick<EditorState, 'focusRequest' | 'presenting' | 'focusDone'>>(() => ({
  focusRequest: null,
  presenting: false,
  focusDone: () => undefined,
}));
/** React Flow's store: one measured card, the canvas's size. */
const flow = createStore<Partial<ReactFlowState>>(() => ({}));
const setViewport = vi.fn(() => Promise.resolve(true));
/** Where the camera is when the move would start. */
let camera = { x: 0, y: 0, zoom: 1 };
const CARD = { id: 'workload:shop/api', measured: { width: 200, height: 100 }, type: 'workload' };

vi.mock('../../store', () => ({
  namespaceBoxOf: () => null,
  useEditorApi: () => editor,
  useEditorStore: <T,>(select: (s: EditorState) => T) =>
    useSyncExternalStore(editor.subscribe, () => select(editor.getState() as EditorState)),
}));
vi.mock('@xyflow/react', () => ({
  useStoreApi: () => flow,
  useReactFlow: () => ({
    fitView: setViewport,
    getInternalNode: (id: string) => (id === CARD.id ? CARD : undefined),
    getNodesBounds: () => ({ x: 0, y: 0, width: 200, height: 100 }),
    getViewport: () => camera,
    setViewport,
  }),
}));

/** The canvas's nodes: the card, where the layout put it. */
const NODES = [
  { ...CARD, position: { x: 0, y: 0 }, width: 200, height: 100, data: {} },
] as unknown as readonly CanvasNode[];

manualFrames();

const aim: CameraAim = {
  aimed: () => undefined,
  forget: () => undefined,
  stillAimed: () => true,
  follow: () => undefined,
};

function focusOn(ids: readonly string[]): void {
  const request: FocusRequest = { ids, seq: 1, whole: true };
  act(() => {
    editor.setState({ focusRequest: request });
  });
}

describe('the camera asked to frame a focus', () => {
  it('moves in the frame after the one that draws what the request changed', () => {
    flow.setState({ width: 1280, height: 720, minZoom: 0.05, nodeLookup: new Map() });
    setViewport.mockClear();
    renderHook(() => {
      useFocusOnRequest(aim, NODES);
    });
    focusOn([CARD.id]);
    // The first frame draws the focus's marks (the rest dimmed, all drawn again): a move begun
    // there held the next frame until that drawing was rastered.
    act(() => {
      paintFrame();
    });
    expect(setViewport).not.toHaveBeenCalled();
    act(() => {
      paintFrame();
    });
    expect(setViewport).toHaveBeenCalledTimes(1);
  });
});

describe('the camera asked to frame a focus while the layout places its namespaces', () => {
  it('moves once, when the layout has answered, whatever arrives later', () => {
    flow.setState({ width: 1280, height: 720, minZoom: 0.05, nodeLookup: new Map() });
    setViewport.mockClear();
    const { rerender } = renderHook(
      ({ waiting, nodes }: { waiting: boolean; nodes: readonly CanvasNode[] }) => {
        useFocusOnRequest(aim, nodes, waiting);
      },
      { initialProps: { waiting: true, nodes: NODES } },
    );
    focusOn([CARD.id]);
    for (let i = 0; i < 5; i++) act(paintFrame);
    // Nothing is framed while the boxes it opens wait for their places.
    expect(setViewport).not.toHaveBeenCalled();
    rerender({ waiting: false, nodes: NODES });
    for (let i = 0; i < 3; i++) act(paintFrame);
    expect(setViewport).toHaveBeenCalledTimes(1);
    // Cards mounted in parts, a second layout: the camera stays where the move put it.
    rerender({ waiting: true, nodes: [...NODES] });
    rerender({ waiting: false, nodes: [...NODES] });
    for (let i = 0; i < 5; i++) act(paintFrame);
    expect(setViewport).toHaveBeenCalledTimes(1);
  });
});

describe('the camera asked to show a card found, unless it is in view', () => {
  const ask = () => {
    act(() => {
      editor.setState({ focusRequest: { ids: [CARD.id], seq: 1, unlessInView: true } });
    });
    for (let i = 0; i < 3; i++) act(paintFrame);
  };

  it('stays where it is when the card is whole in view and readable', () => {
    flow.setState({ width: 1280, height: 720, minZoom: 0.05, nodeLookup: new Map() });
    setViewport.mockClear();
    camera = { x: 300, y: 200, zoom: 1 };
    renderHook(() => {
      useFocusOnRequest(aim, NODES);
    });
    ask();
    expect(setViewport).not.toHaveBeenCalled();
  });

  it('moves when the card is in view but drawn too far out to read', () => {
    flow.setState({ width: 1280, height: 720, minZoom: 0.05, nodeLookup: new Map() });
    setViewport.mockClear();
    camera = { x: 300, y: 200, zoom: 0.3 };
    renderHook(() => {
      useFocusOnRequest(aim, NODES);
    });
    ask();
    expect(setViewport).toHaveBeenCalledTimes(1);
  });
});
