/**
 * A picture as one SVG: a band with the design's name and a legend (for the diagram: allowed,
 * blocked, isolated, told apart by line style and mark as well as colour, so a printout in
 * grey reads too), over the picture's body (the diagram as `html-to-image` drew it, or the
 * matrix): an SVG of its own, nested whole, so the names in it stay text in the file.
 *
 * A picture is always drawn in the light theme's colours, whatever the page shows: slides
 * and documents are usually white, and a picture must not mix a dark diagram with a light
 * band.
 */

/** The height of the band above the body. */
export const PICTURE_BAND_HEIGHT = 56;
/** Narrower bodies are widened so the name and the legend fit. */
const MIN_WIDTH = 660;
/** The band's text colour (the light theme's `--nc-fg-text`). */
const BAND_TEXT = '#1d2433';
/** The width of a legend item's mark, unless it says, and the room between it and its words. */
const MARK_WIDTH = 36;
const MARK_GAP = 7;
/** Between legend items, and between the name and the legend. */
const GAP = 24;
/** Rough widths of a character of the legend (13 px) and of the name (18 px bold). */
const LEGEND_CHAR = 7.2;
const TITLE_CHAR = 10.5;

export type PictureBackground = 'white' | 'transparent';

/**
 * One meaning in the legend: its mark (SVG drawn in a box 20 high whose top left is the
 * origin, 36 wide unless `markWidth` says otherwise) and its words.
 */
export interface PictureLegendItem {
  readonly mark: string;
  readonly markWidth?: number;
  readonly label: string;
}

export interface PictureParts {
  /** The body, an `<svg …>…</svg>` document. */
  readonly diagram: string;
  readonly width: number;
  readonly height: number;
  /** The design's name; '' for an unnamed design. */
  readonly title: string;
  readonly background: PictureBackground;
  /** What the marks of the body mean; the diagram's (allowed, blocked, isolated) when absent. */
  readonly legend?: readonly PictureLegendItem[];
}

/** The diagram's legend: a solid green arrow, a red dashed line with a cross, an amber padlock. */
export const DIAGRAM_LEGEND: readonly PictureLegendItem[] = [
  {
    mark:
      '<line x1="0" y1="10" x2="34" y2="10" stroke="#2f7d4f" stroke-width="2.5"/>' +
      '<path d="M 28 5 L 36 10 L 28 15 z" fill="#2f7d4f"/>',
    label: 'allowed',
  },
  {
    mark:
      '<line x1="0" y1="10" x2="34" y2="10" stroke="#d13a3a" stroke-width="2.5" stroke-dasharray="7 5"/>' +
      '<path d="M 12 5 l 10 10 m 0 -10 l -10 10" stroke="#d13a3a" stroke-width="2"/>',
    label: 'blocked',
  },
  {
    mark:
      '<rect x="0" y="0" width="22" height="20" rx="4" fill="#fff4e5" stroke="#c26a00" stroke-width="2"/>' +
      '<path d="M 6 9 v -3 a 5 5 0 0 1 10 0 v 3 M 5 9 h 12 v 7 h -12 z" fill="none" stroke="#c26a00" stroke-width="1.5"/>',
    markWidth: 22,
    label: 'isolated (a policy selects it)',
  },
];

/** Text as SVG character data. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The body's own `<svg>` placed below the band; an XML prolog, if any, dropped. */
function nested(diagram: string): string {
  const start = diagram.indexOf('<svg');
  if (start < 0) throw new Error('The diagram is not an SVG document.');
  return `<svg x="0" y="${String(PICTURE_BAND_HEIGHT)}"${diagram.slice(start + 4)}`;
}

function wordsAt(item: PictureLegendItem): number {
  return (item.markWidth ?? MARK_WIDTH) + MARK_GAP;
}

function itemWidth(item: PictureLegendItem): number {
  return wordsAt(item) + Math.ceil(item.label.length * LEGEND_CHAR);
}

function legendWidth(items: readonly PictureLegendItem[]): number {
  return items.reduce((sum, item) => sum + itemWidth(item), 0) + GAP * (items.length - 1);
}

/** The legend, its right end at `right`. */
function legendSvg(items: readonly PictureLegendItem[], right: number): string {
  const top = PICTURE_BAND_HEIGHT / 2 - 10;
  let x = right - legendWidth(items);
  const parts = items.map((item) => {
    const at = `<g transform="translate(${String(x)} ${String(top)})">${item.mark}<text x="${String(wordsAt(item))}" y="14.5">${xmlText(item.label)}</text></g>`;
    x += itemWidth(item) + GAP;
    return at;
  });
  return `<g font-family="system-ui, sans-serif" font-size="13" fill="${BAND_TEXT}" aria-label="Legend">${parts.join('')}</g>`;
}

/** The whole picture as SVG text. */
export function pictureSvg(parts: PictureParts): string {
  const title = parts.title === '' ? 'Untitled design' : parts.title;
  const legend = parts.legend ?? DIAGRAM_LEGEND;
  const band = 16 + Math.ceil(title.length * TITLE_CHAR) + GAP + legendWidth(legend) + 16;
  const width = Math.max(Math.ceil(parts.width), MIN_WIDTH, band);
  const height = Math.ceil(parts.height) + PICTURE_BAND_HEIGHT;
  const size = `width="${String(width)}" height="${String(height)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${String(width)} ${String(height)}">`,
    `<title>${xmlText(title)}</title>`,
    parts.background === 'white' ? `<rect ${size} fill="#ffffff"/>` : '',
    `<text x="16" y="${String(PICTURE_BAND_HEIGHT / 2 + 6)}" font-family="system-ui, sans-serif" font-size="18" font-weight="700" fill="${BAND_TEXT}">${xmlText(title)}</text>`,
    legendSvg(legend, width - 16),
    nested(parts.diagram),
    '</svg>',
  ].join('');
}
