import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import type { Connection, Edge, Node, OnMoveStart, ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { MouseEvent } from 'react';
import { selectLinesCurrent, selectNeighbourhood, useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { openLine } from './openLine';
import './canvas.css';
import './levelOfDetail.css';
import './presentation.css';
import type { CanvasNode, FlowEdge } from './reactFlowTypes';
import { CollapseControls } from './CollapseControls';
import { LegendToggle, LineLegend } from './LineLegend';
import { useLargeLabels, useNamesBandLabels, useZoomBand } from './hooks/useZoomBand';
import { useDotsMeasuredOnShow } from './hooks/useDotsMeasuredOnShow';
import { useFarCards } from './hooks/useFarCards';
import { cardContentOf } from './cardContent';
import { drawsFarCardsEmpty } from './farCards';
import { expandEnds } from './collapse/expandEnds';
import { useAutoLayout } from './hooks/useAutoLayout';
import { useCanvasDrop } from './hooks/useCanvasDrop';
import { useCanvasEdges } from './hooks/useCanvasEdges';
import { useCanvasKeyboard } from './hooks/useCanvasKeyboard';
import { useCameraAim } from './hooks/useCameraAim';
import { useCanvasNodes } from './hooks/useCanvasNodes';
import { withCardOnTop } from './cardOnTop';
import { createDragPlaces } from './dragPlaces';
import { withDragged } from './draggedNodes';
import { useLinesInChunks } from './hooks/useLinesInChunks';
import { useLineLayer } from './hooks/useLineLayer';
import { useLayerHeld } from './hooks/useLayerHeld';
import { useLineTextsAhead } from './hooks/useLineTextsAhead';
import { useMountedInParts } from './hooks/useMountedInParts';
import { useBoxesWithTheirCards } from './hooks/useBoxesWithTheirCards';
import { NODES_PER_PART, awayFromView, linesBetween } from './mountParts';
import { viewAreaOf } from './farCards';
import { afterPaintNotPanning } from './hooks/partsAfterPan';
import type { PartsPace } from './hooks/useMountedInParts';
import { useEdgeRouting } from './hooks/useEdgeRouting';
import { useFitOnRequest } from './hooks/useFitOnRequest';
import { useFocusOnRequest } from './hooks/useFocusOnRequest';
import type { FramedPart } from './hooks/useFocusOnRequest';
import { useMinZoom } from './hooks/useMinZoom';
import { useNeighbourhoodDim } from './hooks/useNeighbourhoodDim';
import { isLitLine } from './neighbourhoodLit';
import { useNodeDragging } from './hooks/useNodeDragging';
import { useNodePositions } from './hooks/useNodePositions';
import { useShownAfterOpening } from './hooks/useShownAfterOpening';
import { usePanLayer } from './hooks/usePanLayer';
import { useWorkloadDragStop } from './hooks/useWorkloadDragStop';
import { edgeTypes, nodeTypes } from './nodeTypes';
import { MINIMAP_SIZE, fitButtonOptionsOf } from './fitPadding';
import { NeighbourhoodChip } from './NeighbourhoodChip';
import { FocusVeil } from './FocusVeil';
import { LayingOutNote } from './LayingOutNote';
import { Palette } from './Palette';
import { RouteContext } from './routing/RouteContext';
import { LabelLayerContext, useLabelLayerElement } from './edges/labelLayer';
import { WalkLayer } from './walk/WalkLayer';
import { ArrowMarkers } from './edges/ArrowMarkers';
import { LineLayer } from './edges/LineLayer';
import { labelScaleOf, namespaceHeaderHeightOf, pickedLabelScaleOf } from './zoomBand';
import { useTheme } from '../theme/useTheme';

const selectPresenting = (s: EditorState) => s.presenting;
const selectInLesson = (s: EditorState) => s.lessonSession !== null;
/** The automatic layout asked for places the design's nodes have not got (a file opened). */
const selectPlacing = (s: EditorState) => s.layoutRequest?.scope === 'unplaced';
const always = () => true;
const never = () => false;
/** A flow is being drawn: every card is a drop target (`ConnectTarget`). */
const selectConnecting = (s: ReactFlowState) => s.connection.inProgress;

/**
 * React Flow's words for its controls, one object for the page's life: React Flow copies every
 * option prop that changed identity into its store after each render, and each such copy runs
 * the selector of every node, handle and line (an inline object did so at every render of the
 * canvas: each batch of lines, each pick, each edit).
 */
const ARIA_LABELS = { 'controls.ariaLabel': 'Zoom controls' } as const;

/** React Flow's own first camera, for a canvas that kept none (its first mount). */
const FIRST_VIEWPORT = { x: 0, y: 0, zoom: 1 } as const;

/*
 * No `fitView` prop: React Flow's fit on mount framed the first cards it measured, so on a page
 * opened empty the first part of a file's boxes (10 of 50), at their places before the layout,
 * under a 300 px band, the rest cut off, for seconds. The app's own fit (`useFitOnRequest`)
 * frames the whole design once it is laid out, also when the canvas mounts with one.
 */

/*
 * `elementsSelectable={false}`: the selection lives in the store and reaches the nodes and lines
 * as their `selected`; React Flow's own selecting on a click only updated its store (running
 * every node's and line's selector, about a fifth of a click's work before the Inspector paints
 * on a 200-workload design) to report changes nobody applies.
 */

function miniMapColor(node: Node): string {
  if (node.type === 'namespace') return 'var(--nc-minimap-namespace, #e6eaf4)';
  if (node.type === 'external') return 'var(--nc-minimap-external, #f3e8d3)';
  if (node.type === 'outside') return 'transparent';
  return 'var(--nc-minimap-workload, #9aa8c7)';
}

function CanvasFlow() {
  const api = useEditorApi();
  // The card the user moved last is drawn on top (`withCardOnTop`): dropped on others, it stays clickable.
  const [onTop, setOnTop] = useState<string | null>(null);
  const built = useCanvasNodes();
  const canvasNodes = useMemo(() => withCardOnTop(built, onTop), [built, onTop]);
  const canvasEdges = useCanvasEdges();
  const { nodes, edges } = useShownAfterOpening({ nodes: canvasNodes, edges: canvasEdges });
  const presenting = useEditorStore(selectPresenting);
  const inLesson = useEditorStore(selectInLesson);
  const theme = useTheme();
  const laying = useAutoLayout();
  // Cards and boxes without a place yet (a file just opened) wait for the layout's: drawn at the
  // places they have before it, they were framed and drawn there, then moved (`useFitOnRequest`).
  const placing = useEditorStore(selectPlacing) && laying;
  // Cards arrive in parts (Expand all on a large design mounts hundreds), their lines with them.
  // A box opens with its cards: until their part, it is drawn as it was (collapsed). The boxes
  // in view come first, and no part comes while the user drags the pane (a pan moves the camera).
  const flow = useStoreApi();
  const pace = useMemo<PartsPace<CanvasNode>>(
    () => ({
      away: (items) => {
        const { transform, width, height } = flow.getState();
        const [x, y, zoom] = transform;
        return awayFromView(items, viewAreaOf({ x, y, zoom, width, height }));
      },
      wait: afterPaintNotPanning(flow),
    }),
    [flow],
  );
  const drawnNodes = useBoxesWithTheirCards(
    nodes,
    useMountedInParts(nodes, NODES_PER_PART, placing ? never : always, placing, never, pace),
  );
  const farCards = useMemo(() => drawsFarCardsEmpty(drawnNodes), [drawnNodes]);
  // The camera's band, once the cards gone far are drawn empty (`useFarCards`).
  const cameraBand = useZoomBand();
  const band = useFarCards(farCards, cameraBand);
  // Presented, the names band keeps the lines' labels while they read (`namesBandLabelsOf`).
  const namesLabels = useNamesBandLabels();
  // Low in the full band at the desk, the lines' labels are drawn 15 px (`largeLabelsOf`).
  const largeLabels = useLargeLabels() && band === 'full';
  useDotsMeasuredOnShow(band);
  useLineTextsAhead();
  // A drag's places: view state, drawn at each move; the drop writes the document once.
  const [places] = useState(createDragPlaces);
  const dragged = useSyncExternalStore(places.subscribe, places.get);
  const { dragging, onNodeDragStart, onNodeDragStop } = useNodeDragging(
    places,
    useWorkloadDragStop(),
    nodes,
  );
  // The lines a focus lights take their labels' places first; what it dims gives way.
  const hood = useEditorStore(selectNeighbourhood);
  const lit = useMemo(() => (hood === null ? null : (e: FlowEdge) => isLitLine(e, hood)), [hood]);
  const routes = useEdgeRouting(
    nodes,
    edges,
    labelScaleOf(band, presenting, largeLabels),
    namespaceHeaderHeightOf(band, presenting),
    dragging,
    pickedLabelScaleOf(band, presenting, inLesson, largeLabels),
    lit,
    dragged,
  );
  const between = useMemo(() => linesBetween(edges, drawnNodes, nodes), [edges, drawnNodes, nodes]);
  // Zoomed out to names on a large design, the canvas draws the plain lines itself (`LineLayer`).
  const forFlow = useLineLayer(nodes, between, band);
  // `useLineLayer` hands back `between` itself while the layer is off (zoomed in).
  const layered = forFlow !== between;
  const drawnEdges = useLinesInChunks(forFlow, routes);
  // While lines reach React Flow in parts (F's lit lines), the layer is not redrawn at each part.
  const layerHeld = useLayerHeld(drawnEdges, forFlow, routes);
  // A focus marks what it lights on the elements React Flow drew, and the canvas dims the rest:
  // React Flow, the router, the parts and the fit never see it (F draws nothing again).
  const focus = useNeighbourhoodDim({ nodes, edges }, { nodes: drawnNodes, edges: drawnEdges });
  const onNodesChange = useNodePositions(places);
  const flowNodes = useMemo(() => withDragged(drawnNodes, dragged), [drawnNodes, dragged]);
  const { onDragOver, onDrop } = useCanvasDrop();
  const linesCurrent = useEditorStore(selectLinesCurrent);
  // Whether every part is drawn (`useMountedInParts` hands back `nodes` itself then): React Flow
  // frames only the cards it holds, so a camera moved to some of them waits until then.
  const allDrawn = drawnNodes === nodes;
  const minZoom = useMinZoom(nodes, presenting);
  // One object per mode (`fitButtonOptionsOf`): an inline one turned a lesson step's fit into a whole.
  const fitOptions = fitButtonOptionsOf(presenting);
  // The app's last camera move (a fit, Find, Show), kept framed while the canvas changes size.
  const aim = useCameraAim();
  // Back from the Matrix, the camera is where the user left it, from the first frame on.
  const [kept] = useState(() => api.getState().canvasCamera);
  const tookCamera = useFitOnRequest(laying || !linesCurrent, !allDrawn, nodes, aim, kept);
  const onDragStart = usePanLayer();
  // The user took the camera: a fit, Find, Show or focus still waiting for its cards or lines
  // does not move it later (a focus on a busy workload frames its neighbourhood seconds after F).
  const userTookCamera = useCallback(() => {
    tookCamera();
    const { focusRequest, focusDone } = api.getState();
    if (focusRequest !== null) focusDone(focusRequest.seq);
  }, [tookCamera, api]);
  // A pan or zoom by the user (not the camera's own moves, which come without an event).
  const onMoveStart = useCallback<OnMoveStart>(
    (event, viewport) => {
      if (event !== null) userTookCamera();
      onDragStart(event, viewport);
    },
    [userTookCamera, onDragStart],
  );
  const onCardDragStart = useCallback<typeof onNodeDragStart>(
    (...args) => {
      userTookCamera();
      setOnTop(args[1].id);
      onNodeDragStart(...args);
    },
    [userTookCamera, onNodeDragStart],
  );
  // A move to some nodes is made once the layout has placed them, without waiting for their cards
  // (aimed where they land); a focus framed in part says so in its note.
  const [framedPart, setFramedPart] = useState<FramedPart | null>(null);
  useFocusOnRequest(aim, nodes, laying, setFramedPart, tookCamera);
  // Cards or lines still on their way (a namespace opening, lines waiting for their routes).
  const drawing = laying || !allDrawn || drawnEdges !== forFlow;
  const { onKeyDownCapture, onFocusCapture } = useCanvasKeyboard();
  const labelLayer = useLabelLayerElement();
  const connecting = useStore(selectConnecting);

  const onNodeClick = useCallback(
    (_: MouseEvent, node: CanvasNode) => {
      api.getState().selectAndInspect({ kind: 'node', id: node.id });
    },
    [api],
  );
  const onNodeDoubleClick = useCallback(
    (_: MouseEvent, node: CanvasNode) => {
      const box =
        node.type === 'namespace'
          ? node.data.collapsed !== undefined
          : node.type === 'outside' && node.data.collapsed === true;
      if (box) {
        expandEnds(api.getState(), [node.id]);
      }
    },
    [api],
  );
  const onEdgeClick = useCallback(
    (_: MouseEvent, edge: Edge) => {
      openLine(api.getState(), edge as FlowEdge);
    },
    [api],
  );
  const onPaneClick = useCallback(() => {
    api.getState().select(null);
  }, [api]);
  // A click on the focus's veil: on a lit opened box, as on the box; else as on the empty canvas.
  const onVeilClick = useCallback(
    (box: string | null) => {
      if (box === null) api.getState().select(null);
      else api.getState().selectAndInspect({ kind: 'node', id: box });
    },
    [api],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      api.getState().draftFlow({ from: connection.source, to: connection.target });
    },
    [api],
  );

  return (
    <RouteContext.Provider value={routes}>
      <LabelLayerContext.Provider value={labelLayer}>
        <div className="nc-canvas-frame">
          <Palette />
          <ReactFlow
            nodes={flowNodes}
            edges={drawnEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStart={onCardDragStart}
            onMoveStart={onMoveStart}
            onNodeDragStop={onNodeDragStop}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onEdgeClick={onEdgeClick}
            onPaneClick={onPaneClick}
            onConnect={onConnect}
            onKeyDownCapture={onKeyDownCapture}
            onFocusCapture={onFocusCapture}
            autoPanOnNodeFocus={false}
            deleteKeyCode={null}
            elementsSelectable={false}
            zIndexMode="manual"
            fitViewOptions={fitOptions}
            defaultViewport={kept ?? FIRST_VIEWPORT}
            minZoom={minZoom}
            maxZoom={2}
            ariaLabelConfig={ARIA_LABELS}
            colorMode={theme}
            data-zoom-band={band}
            data-presenting={presenting ? 'true' : undefined}
            data-names-labels={namesLabels ? 'true' : undefined}
            data-large-labels={largeLabels ? 'true' : undefined}
            data-lesson={inLesson ? 'true' : undefined}
            data-connecting={connecting ? 'true' : undefined}
            data-far-cards={farCards ? 'true' : undefined}
            data-plain-cards={cardContentOf(band, layered) === 'plain' ? 'true' : undefined}
            data-focus={focus.dimming ? 'true' : undefined}
            data-drawing={drawing ? 'true' : undefined}
          >
            <Background gap={20} size={1} color="var(--nc-grid-dot, #d5d9e3)" />
            {nodes.length > 0 && (
              <MiniMap
                pannable
                zoomable
                nodeColor={miniMapColor}
                ariaLabel="Minimap"
                style={MINIMAP_SIZE}
              />
            )}
            {/* Zoom in and out move the camera by the user's hand, as the wheel does: a fit the
                app still waits for must not undo them (React Flow reports their moves without an
                event, as its own). Fit view asks for what that fit will do, once laid out. */}
            <Controls
              showInteractive={false}
              fitViewOptions={fitOptions}
              onZoomIn={tookCamera}
              onZoomOut={tookCamera}
            />
            <NeighbourhoodChip drawing={drawing} framedPart={framedPart} />
            <LegendToggle />
            <CollapseControls nodes={nodes} />
            <LayingOutNote />
            <WalkLayer />
            <ArrowMarkers />
            {farCards && (
              <LineLayer lines={between} held={layerHeld} layered={layered} following={dragging} />
            )}
            {focus.dimming && (
              <FocusVeil
                boxes={focus.litBoxes}
                headHeight={namespaceHeaderHeightOf(band, presenting)}
                onClick={onVeilClick}
              />
            )}
          </ReactFlow>
          <LineLegend />
        </div>
      </LabelLayerContext.Provider>
    </RouteContext.Provider>
  );
}

/** The canvas: namespaces, workloads and external endpoints, with every flow and its verdict. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasFlow />
    </ReactFlowProvider>
  );
}
