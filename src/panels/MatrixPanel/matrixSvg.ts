/**
 * The reachability matrix as an SVG picture, for a document or a slide: the sources and
 * destinations the matrix shows (its filter applies), grouped by namespace as on screen, every
 * cell with its symbol as well as its colour, so a printout in grey reads too. Drawn from the
 * matrix as data, not from the table on screen: the table renders only the rows in view.
 * Colours are the light theme's (`matrix.css` fallbacks), as every picture is light.
 */
import { matrixNodeName, reachCell } from '../../store';
import type { MatrixNode, MatrixView } from '../../store';
import type { CellLook } from './cellText';
import { CELL_MEANINGS, CELL_SYMBOLS } from './cellText';
import { columnRunsOf, groupName, groupStartsOf, matrixLinesOf } from './matrixGroups';

/** Pixel sizes of the picture. */
const CELL = 26;
const GROUP_BAND = 22;
const CHAR = 7;
const PAD = 12;

const LOOK_COLOURS: Readonly<Record<CellLook, { readonly fill: string; readonly text: string }>> = {
  all: { fill: '#d5efdf', text: '#1f6b3f' },
  some: { fill: '#fcecc4', text: '#7a4d00' },
  none: { fill: '#f8d9d9', text: '#a32020' },
  unchecked: { fill: '#f2f3f7', text: '#9aa2b3' },
};
const TEXT = '#1d2433';
const MUTED = '#5b6478';
const BAND = '#eef1f7';
const RULE = '#b8c0d2';

const LOOKS: readonly CellLook[] = ['all', 'some', 'none', 'unchecked'];
/** The top left corner says which way the matrix reads. */
const CORNER = ['rows: from (sources)', 'columns: to (destinations)'];

export interface MatrixSvg {
  /** An `<svg …>…</svg>` document. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR);
}

/** `text`, cut with an ellipsis to fit `room` pixels; '' when not even two characters fit. */
function shortened(text: string, room: number): string {
  if (textWidth(text) <= room) return text;
  const fits = Math.floor(room / CHAR) - 1;
  return fits < 2 ? '' : `${text.slice(0, fits)}…`;
}

/** A cell's square with its symbol, its top left at (x, y). */
function cellMark(look: CellLook, x: number, y: number, size = CELL): string {
  const { fill, text } = LOOK_COLOURS[look];
  const centre = `x="${String(x + size / 2)}" y="${String(y + size / 2 + 4.5)}"`;
  return (
    `<rect x="${String(x + 1)}" y="${String(y + 1)}" width="${String(size - 2)}" height="${String(size - 2)}" rx="3" fill="${fill}"/>` +
    `<text ${centre} text-anchor="middle" font-size="13" fill="${text}">${CELL_SYMBOLS[look]}</text>`
  );
}

/** What the cells' marks mean, for the picture's legend (`pictureSvg`). */
export const MATRIX_LEGEND: readonly {
  readonly mark: string;
  readonly markWidth: number;
  readonly label: string;
}[] = LOOKS.map((look) => ({
  mark: `<g font-family="system-ui, sans-serif">${cellMark(look, 0, -1, 22)}</g>`,
  markWidth: 22,
  label: CELL_MEANINGS[look],
}));

const nameOf = (node: MatrixNode | undefined) => (node === undefined ? '' : matrixNodeName(node));

/** The matrix `view` shows (every port of each destination), as an SVG document. */
export function matrixSvg(view: MatrixView): MatrixSvg {
  const { matrix, rows, cols } = view;
  const nodes = matrix.nodes;
  const lines = matrixLinesOf(nodes, rows);
  const groupStarts = groupStartsOf(nodes, cols);
  const rowNames = lines.map((line) =>
    line.kind === 'group' ? groupName(line.namespace) : nameOf(nodes[line.node]),
  );
  const runs = columnRunsOf(nodes, cols, 0, cols.length);
  const bandLabels = runs.map((run) => shortened(groupName(run.namespace), run.span * CELL - 10));
  // Under a namespace too narrow for its name, a column names its namespace too (`dev/api`).
  const colNames = cols.map((c, i) => {
    const run = runs.findIndex((r) => i >= r.first && i < r.first + r.span);
    const whole = bandLabels[run] === groupName(runs[run]?.namespace ?? null);
    const node = nodes[c];
    if (node === undefined) return '';
    return whole ? matrixNodeName(node) : node.label;
  });
  const corner = Math.max(...CORNER.map(textWidth));
  const left = Math.max(corner, ...rowNames.map(textWidth)) + 2 * PAD + 12;
  const names = Math.max(60, Math.max(0, ...colNames.map(textWidth)) + PAD);
  const top = GROUP_BAND + names;
  const width = left + cols.length * CELL + PAD;
  const height = top + lines.length * CELL + PAD;
  const out: string[] = [];
  // The corner says which way the matrix reads.
  CORNER.forEach((text, i) => {
    const y = top - 26 + i * 16;
    out.push(`<text x="${String(PAD)}" y="${String(y)}" fill="${MUTED}">${text}</text>`);
  });
  out.push('<g aria-label="Destinations">');
  runs.forEach((run, i) => {
    const x = left + run.first * CELL;
    out.push(
      `<rect x="${String(x)}" y="0" width="${String(run.span * CELL)}" height="${String(GROUP_BAND)}" fill="${BAND}"/>`,
    );
    const label = bandLabels[i] ?? '';
    if (label !== '') {
      out.push(
        `<text x="${String(x + 5)}" y="${String(GROUP_BAND - 7)}" font-weight="600" fill="${MUTED}">${esc(label)}</text>`,
      );
    }
  });
  colNames.forEach((name, c) => {
    const x = left + c * CELL + CELL / 2 + 4;
    out.push(
      `<text transform="translate(${String(x)} ${String(top - 6)}) rotate(-90)" fill="${TEXT}">${esc(name)}</text>`,
    );
  });
  out.push('</g><g aria-label="Sources">');
  lines.forEach((line, i) => {
    const y = top + i * CELL;
    if (line.kind === 'group') {
      out.push(
        `<rect x="0" y="${String(y)}" width="${String(width - PAD)}" height="${String(CELL)}" fill="${BAND}"/>`,
        `<text x="${String(PAD)}" y="${String(y + 17)}" font-weight="600" fill="${MUTED}">${esc(rowNames[i] ?? '')}</text>`,
      );
    } else {
      out.push(
        `<text x="${String(PAD + 12)}" y="${String(y + 17)}" fill="${TEXT}">${esc(rowNames[i] ?? '')}</text>`,
      );
    }
  });
  out.push('</g><g aria-label="Cells">');
  lines.forEach((line, i) => {
    if (line.kind === 'group') return;
    const y = top + i * CELL;
    cols.forEach((col, c) => {
      const look = reachCell(matrix, line.node, col, null).state;
      out.push(cellMark(look, left + c * CELL, y));
    });
  });
  out.push('</g>');
  // A rule on the left of each namespace's columns.
  groupStarts.forEach((start, c) => {
    if (!start) return;
    const x = left + c * CELL;
    out.push(
      `<line x1="${String(x)}" y1="0" x2="${String(x)}" y2="${String(height - PAD)}" stroke="${RULE}" stroke-width="1.5"/>`,
    );
  });
  const size = `width="${String(width)}" height="${String(height)}"`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${String(width)} ${String(height)}" font-family="system-ui, sans-serif" font-size="12">` +
    `${out.join('')}</svg>`;
  return { svg, width, height };
}
