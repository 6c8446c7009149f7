/**
 * The diagram on screen as a picture (SVG or PNG): the cards, lines and labels of the React
 * Flow viewport drawn by `html-to-image` (loaded only when a picture is asked for, so the
 * page stays light), with the design's name and a legend above (`pictureSvg`), always in the
 * light theme (`lightCopy`).
 */
import type { PictureBackground } from './pictureSvg';
import { lightCopyOf } from './lightCopy';
import { pictureSvg } from './pictureSvg';
import { svgPng } from './svgPng';

export type PictureArea = 'design' | 'view';
export type PictureFormat = 'svg' | 'png';

export interface PictureRequest {
  readonly area: PictureArea;
  readonly background: PictureBackground;
  /** Pixels per point of the PNG (2 for slides); an SVG scales by itself. */
  readonly scale: number;
  readonly title: string;
}

/** Room around the whole design. */
const MARGIN = 32;

interface Frame {
  readonly width: number;
  readonly height: number;
  readonly transform: string;
}

function viewportOf(root: ParentNode): HTMLElement {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null) throw new Error('The canvas is not on screen: open the Canvas view.');
  return viewport;
}

/** How long a picture waits for the canvas to draw what it is still drawing. */
const DRAWN_WAIT_MS = 60_000;

/**
 * Resolves once the canvas has drawn all it is drawing (its root's `data-drawing` gone): the
 * layout, an opened namespace's cards, and the lines React Flow takes back, in parts, from the
 * canvas's own layer of a large design zoomed out (`lineLayer.ts`) when a picture is asked for.
 * A picture made before holds those lines without labels, as the layer draws them.
 */
async function drawnCanvas(viewport: HTMLElement): Promise<void> {
  const root = viewport.closest<HTMLElement>('.react-flow');
  const start = performance.now();
  while (root?.dataset.drawing !== undefined) {
    if (performance.now() - start > DRAWN_WAIT_MS) {
      throw new Error('The canvas is still drawing the design: try again in a moment.');
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** What the window shows now. */
function viewFrame(viewport: HTMLElement): Frame {
  const pane = viewport.closest<HTMLElement>('.react-flow');
  return {
    width: pane?.clientWidth ?? viewport.clientWidth,
    height: pane?.clientHeight ?? viewport.clientHeight,
    transform: getComputedStyle(viewport).transform,
  };
}

/** Every card and line label, at zoom 1, with a margin. */
function designFrame(viewport: HTMLElement): Frame {
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1;
  const origin = viewport.getBoundingClientRect();
  const parts = viewport.querySelectorAll('.react-flow__node, .react-flow__edgelabel-renderer > *');
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    const box = part.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    left = Math.min(left, (box.left - origin.left) / zoom);
    top = Math.min(top, (box.top - origin.top) / zoom);
    right = Math.max(right, (box.right - origin.left) / zoom);
    bottom = Math.max(bottom, (box.bottom - origin.top) / zoom);
  }
  if (!Number.isFinite(left)) throw new Error('The design is empty: there is nothing to draw.');
  return {
    width: Math.ceil(right - left + 2 * MARGIN),
    height: Math.ceil(bottom - top + 2 * MARGIN),
    transform: `translate(${String(MARGIN - left)}px, ${String(MARGIN - top)}px) scale(1)`,
  };
}

/**
 * The handles that start a new line and the buttons (Collapse, findings) are for the pointer,
 * not for the picture.
 */
function kept(node: HTMLElement): boolean {
  if (node.tagName === 'BUTTON') return false;
  return !(node.classList as DOMTokenList | undefined)?.contains('react-flow__handle');
}

/** What draws a line, a mark or an arrow; set by the style sheet, which the picture has not. */
const STROKE_PROPERTIES = [
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'fill',
  'opacity',
  'marker-end',
] as const;

/**
 * Gives the lines' shapes their computed strokes inline (`html-to-image` copies the style of
 * HTML elements but not of the shapes in an SVG).
 */
function inlineStrokes(viewport: HTMLElement): void {
  for (const shape of viewport.querySelectorAll<SVGElement>('svg path, svg line, svg circle')) {
    const computed = getComputedStyle(shape);
    for (const name of STROKE_PROPERTIES) {
      shape.style.setProperty(name, computed.getPropertyValue(name));
    }
  }
  // A line's group may be drawn faint as a whole (a focus dims the lines outside it).
  for (const group of viewport.querySelectorAll<SVGGElement>('svg g')) {
    const { opacity } = getComputedStyle(group);
    if (opacity !== '1') group.style.setProperty('opacity', opacity);
  }
}

/** The picture as SVG text. */
export async function canvasPictureSvg(root: ParentNode, request: PictureRequest): Promise<string> {
  const viewport = viewportOf(root);
  await drawnCanvas(viewport);
  const frame = request.area === 'design' ? designFrame(viewport) : viewFrame(viewport);
  const { toSvg } = await import('html-to-image');
  // Drawn from a light copy: the page keeps its theme, the picture is light. The whole design
  // is drawn at zoom 1, so in full detail, however far the canvas is zoomed out.
  const shownBand = viewport.closest<HTMLElement>('.react-flow')?.dataset.zoomBand ?? 'full';
  const light = lightCopyOf(viewport, request.area === 'design' ? 'full' : shownBand);
  let url: string;
  try {
    inlineStrokes(light.copy);
    url = await toSvg(light.copy, {
      width: frame.width,
      height: frame.height,
      skipFonts: true,
      filter: kept,
      style: {
        width: `${String(frame.width)}px`,
        height: `${String(frame.height)}px`,
        transform: frame.transform,
      },
    });
  } finally {
    light.remove();
  }
  const diagram = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  return pictureSvg({ diagram, ...frame, title: request.title, background: request.background });
}

/**
 * The picture as PNG, `scale` pixels per point, fewer when a side would pass what a canvas
 * can hold; the scale drawn is returned with it.
 */
export async function canvasPicturePng(
  root: ParentNode,
  request: PictureRequest,
): Promise<{ blob: Blob; scale: number }> {
  return svgPng(await canvasPictureSvg(root, request), request.scale);
}
