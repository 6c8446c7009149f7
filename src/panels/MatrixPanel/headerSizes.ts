/**
 * How wide the row headers and how tall the column headers of the matrix are: as
 * `gridWindow.ts` says at least, more when the longest name needs it (`app-productcatalogservice
 * (inferred)` in a 1920-pixel window), up to a limit that keeps rows of cells in sight; a name
 * past it is cut, and reads whole in its tooltip and accessible name.
 */
import { MATRIX_GROUP_HEADER, MATRIX_NAME_HEADER, MATRIX_ROW_HEADER } from './gridWindow';

/**
 * About the width of a letter of a 12-pixel semibold name (`matrix.css`), rounded up: DejaVu
 * Sans (Debian's system-ui) draws `recommendationservice` 163 px long, 7.8 a letter (at 7.5 its
 * column read `recommendationservi…`).
 */
const LETTER = 8;
/** A row header's padding (`0 8px 0 18px`) and a little air. */
const ROW_PADDING = 30;
/** A column name's bottom padding and its margin to the header's top. */
const NAME_PADDING = 16;
export const MATRIX_ROW_HEADER_MAX = 340;
export const MATRIX_NAME_HEADER_MAX = 280;
/**
 * Presented, the row of names is as tall as its longest name, down to this (the corner's "to →"
 * over "from ↓"): drawn 1.6 times larger, the desk's 150 px took 240 px of a projector's 720 over
 * names such as `web` and `db`.
 */
export const MATRIX_NAME_HEADER_PRESENTED = 64;

export interface MatrixHeaderSizes {
  /** The width of the column of row headers. */
  readonly row: number;
  /** The height of the row of names written upwards. */
  readonly name: number;
  /** The height of all above the cells: the namespaces' row and the names'. */
  readonly column: number;
}

function fit(letters: number, padding: number, least: number, most: number): number {
  return Math.min(most, Math.max(least, Math.ceil(letters * LETTER) + padding));
}

/** `leastName`: the least height of the row of names (`MATRIX_NAME_HEADER_PRESENTED` presented). */
export function matrixHeaderSizes(
  rowNames: readonly string[],
  colNames: readonly string[],
  leastName = MATRIX_NAME_HEADER,
): MatrixHeaderSizes {
  const longest = (names: readonly string[]) => Math.max(0, ...names.map((n) => n.length));
  const row = fit(longest(rowNames), ROW_PADDING, MATRIX_ROW_HEADER, MATRIX_ROW_HEADER_MAX);
  const name = fit(longest(colNames), NAME_PADDING, leastName, MATRIX_NAME_HEADER_MAX);
  return { row, name, column: MATRIX_GROUP_HEADER + name };
}

/** How many letters of a name a row header `width` pixels wide holds whole. */
export function rowLetters(width: number): number {
  return Math.floor((width - ROW_PADDING) / LETTER);
}

/** How many letters of a name written upwards a row of names `height` pixels tall holds whole. */
export function columnLetters(height: number): number {
  return Math.floor((height - NAME_PADDING) / LETTER);
}

/**
 * A name cut to `letters` in its middle, so that both its start and its end read
 * (`app-not-helm-with-app-with-tier` and `…-with-ti` stay told apart, as an ellipsis at the end
 * made them one): the end keeps the larger part, where names of one app differ most.
 */
export function middleCut(name: string, letters: number): string {
  const chars = Array.from(name);
  if (chars.length <= letters) return name;
  const room = Math.max(2, letters - 1);
  const head = Math.floor(room * 0.45);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (room - head)).join('')}`;
}
