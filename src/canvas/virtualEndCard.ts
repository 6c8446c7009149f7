/**
 * What the card of a broad rule's far end says (anywhere, or an IP block
 * with its exceptions) and how large it is drawn: the automatic layout
 * (`elkGraph.ts`) and the canvas (`toFlowNodes.ts`) size it the same.
 */
import type { FlowEnd } from '../engine';
import { EXTERNAL_SIZE } from './layoutGeometry';
import type { Size } from './layoutGeometry';
import { NAME_EM } from './nameEm';

// A type, not an interface: React Flow wants node data indexable.
export type VirtualEndText = {
  /** The card's name in one line, as read aloud: `10.0.0.0/8 except 3 ranges`. */
  readonly title: string;
  /** The range, the first line of its name on the card (`10.0.0.0/8`), or `Anywhere`. */
  readonly range: string;
  /** Under the title, on a line of its own: `except 10.0.5.0/24` or `except 3 ranges`. */
  readonly except?: string;
  readonly detail: string;
};

/**
 * The range is an IP block's name: a dump has dozens of them, and at low zoom only names show.
 * Blocks of one range that differ in `except` are different ends: the name says so.
 */
export function virtualEndText(end: FlowEnd): VirtualEndText {
  if (end.kind !== 'ipBlock') {
    return { title: 'Anywhere', range: 'Anywhere', detail: 'every pod and every IP' };
  }
  const range = end.cidr;
  const list = end.except ?? [];
  if (list.length === 0) return { title: range, range, detail: 'IP block' };
  const except =
    list.length === 1 ? `except ${list[0] ?? ''}` : `except ${String(list.length)} ranges`;
  const detail = list.length === 1 ? 'IP block' : `IP block except ${list.join(', ')}`;
  return { title: `${range} ${except}`, range, except, detail };
}

/** The compact band's size of a name (`levelOfDetail.css`), which a card is as wide as. */
const NAME_PX = 24;
/** Padding and border, left and right. */
const INSET = 23;
/** The 12 px monospaced detail: 7.3 px a character, less what breaking after a comma leaves. */
const DETAIL_PX = 7.3;
const DETAIL_WASTE = 6;
const DETAIL_LINE_HEIGHT = 15;

/** The longer of the name's two lines, in characters. */
export function virtualNameLine(text: VirtualEndText): number {
  return Math.max(text.range.length, text.except?.length ?? 0);
}

/**
 * The card's size: wide enough for each line of its name at the compact band's 24 px (a range
 * and its one exception: `except 172.16.5.0/24`), and taller by a line for each line its list
 * of exceptions needs, so that every excepted range is read, none cut.
 */
export function virtualEndSize(text: VirtualEndText): Size {
  const named = Math.ceil(virtualNameLine(text) * NAME_EM * NAME_PX) + INSET;
  const width = Math.max(EXTERNAL_SIZE.width, named);
  const perLine = Math.floor((width - INSET) / DETAIL_PX) - DETAIL_WASTE;
  const lines = Math.ceil(text.detail.length / perLine);
  const height = EXTERNAL_SIZE.height + Math.max(0, lines - 1) * DETAIL_LINE_HEIGHT;
  return width === EXTERNAL_SIZE.width && height === EXTERNAL_SIZE.height
    ? EXTERNAL_SIZE
    : { width, height };
}
