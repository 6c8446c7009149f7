/**
 * The picture of the diagram as one SVG: a band with the design's name and a legend (allowed,
 * blocked, isolated: told apart by line style and mark as well as colour, so a printout in
 * grey reads too), over the diagram as `html-to-image` drew it (an SVG of its own, nested
 * whole, so the names on the cards stay text in the file).
 */

/** The height of the band above the diagram. */
export const PICTURE_BAND_HEIGHT = 56;
/** Narrower diagrams are widened so the name and the legend fit. */
const MIN_WIDTH = 660;

export type PictureBackground = 'white' | 'transparent';

export interface PictureParts {
  /** The diagram, an `<svg …>…</svg>` document. */
  readonly diagram: string;
  readonly width: number;
  readonly height: number;
  /** The design's name; '' for an unnamed design. */
  readonly title: string;
  readonly background: PictureBackground;
}

/** Text as SVG character data. */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The diagram's own `<svg>` placed below the band; an XML prolog, if any, dropped. */
function nested(diagram: string): string {
  const start = diagram.indexOf('<svg');
  if (start < 0) throw new Error('The diagram is not an SVG document.');
  return `<svg x="0" y="${String(PICTURE_BAND_HEIGHT)}"${diagram.slice(start + 4)}`;
}

function legend(right: number): string {
  const y = PICTURE_BAND_HEIGHT / 2;
  const x = right - 470;
  return [
    `<g font-family="system-ui, sans-serif" font-size="13" fill="#1d2433" aria-label="Legend">`,
    `<line x1="${String(x)}" y1="${String(y)}" x2="${String(x + 34)}" y2="${String(y)}" stroke="#2f7d4f" stroke-width="2.5"/>`,
    `<path d="M ${String(x + 28)} ${String(y - 5)} L ${String(x + 36)} ${String(y)} L ${String(x + 28)} ${String(y + 5)} z" fill="#2f7d4f"/>`,
    `<text x="${String(x + 42)}" y="${String(y + 4.5)}">allowed</text>`,
    `<line x1="${String(x + 120)}" y1="${String(y)}" x2="${String(x + 154)}" y2="${String(y)}" stroke="#d13a3a" stroke-width="2.5" stroke-dasharray="7 5"/>`,
    `<path d="M ${String(x + 132)} ${String(y - 5)} l 10 10 m 0 -10 l -10 10" stroke="#d13a3a" stroke-width="2"/>`,
    `<text x="${String(x + 162)}" y="${String(y + 4.5)}">blocked</text>`,
    `<rect x="${String(x + 240)}" y="${String(y - 10)}" width="22" height="20" rx="4" fill="#fff4e5" stroke="#c26a00" stroke-width="2"/>`,
    `<path d="M ${String(x + 246)} ${String(y - 1)} v -3 a 5 5 0 0 1 10 0 v 3 M ${String(x + 245)} ${String(y - 1)} h 12 v 7 h -12 z" fill="none" stroke="#c26a00" stroke-width="1.5"/>`,
    `<text x="${String(x + 270)}" y="${String(y + 4.5)}">isolated (a policy selects it)</text>`,
    '</g>',
  ].join('');
}

/** The whole picture as SVG text. */
export function pictureSvg(parts: PictureParts): string {
  const width = Math.max(Math.ceil(parts.width), MIN_WIDTH);
  const height = Math.ceil(parts.height) + PICTURE_BAND_HEIGHT;
  const title = parts.title === '' ? 'Untitled design' : parts.title;
  const size = `width="${String(width)}" height="${String(height)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${String(width)} ${String(height)}">`,
    `<title>${xmlText(title)}</title>`,
    parts.background === 'white' ? `<rect ${size} fill="#ffffff"/>` : '',
    `<text x="16" y="${String(PICTURE_BAND_HEIGHT / 2 + 6)}" font-family="system-ui, sans-serif" font-size="18" font-weight="700" fill="#1d2433">${xmlText(title)}</text>`,
    legend(width - 16),
    nested(parts.diagram),
    '</svg>',
  ].join('');
}
