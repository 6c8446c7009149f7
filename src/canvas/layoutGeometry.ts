/**
 * Sizes of the boxes on the canvas and the automatic layout used for any node
 * without a stored position: workloads in a grid of three columns inside their
 * namespace box (the middle one lower), namespace boxes and external endpoints left to right in rows.
 * A namespace box is sized to hold its workloads wherever they sit.
 */
import type { Position } from '../store';
import type { Box } from './canvasGeometry';
import { nameWidthEm } from './nameEm';
import { namespaceHeaderHeightOf } from './zoomBand';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const WORKLOAD_SIZE: Size = { width: 236, height: 112 };
export const EXTERNAL_SIZE: Size = { width: 220, height: 76 };
/** Room above a namespace's workloads for its name and labels, and around them. */
export const NAMESPACE_INSET = { top: 56, side: 24, bottom: 24 };
export const NAMESPACE_MIN: Size = { width: 260, height: 180 };
/** A collapsed namespace: its name, how many workloads and policies, an Expand button. */
export const NAMESPACE_COLLAPSED: Size = { width: 300, height: 104 };
/** An empty box whose policies wait for pods: room for its note and the kubectl command. */
export const NAMESPACE_NOTE_MIN: Size = { width: 340, height: 190 };

/**
 * A namespace's name reads whole at every zoom (issue 9): a box is at least as wide as its name
 * on one line at the compact band's 28 px (`levelOfDetail.css`), each character as wide as the
 * card's font draws it (`nameWidthEm`), plus its header's side padding and the room beside the
 * name (an open box's Collapse button). The stylesheet draws the name no larger than that room
 * holds, in every band.
 */
const HEAD_PADDING = 28;
/** The small "namespace" tag before the name and its gap, drawn at full zoom only (16 px names). */
export const NAMESPACE_TAG_ROOM = 76;

/** The width an open (or collapsed) box's header keeps beside its name, inside its padding. */
export function namespaceNameRoom(open: boolean): number {
  return open ? 110 : 4;
}

/**
 * Where an open namespace box (`box`, in flow pixels) draws its name: at its top left, as tall as
 * its header in the compact band (the tallest a camera moved to some nodes draws it:
 * `namespaceHeaderHeightOf`) and as wide as the name there or with its tag at full zoom,
 * presented or not, never wider than the box.
 */
export function namespaceNameBox(box: Box, name: string, presenting: boolean): Box {
  const ems = nameWidthEm(name);
  const drawn = Math.max((presenting ? 32 : 28) * ems, 22 * ems + NAMESPACE_TAG_ROOM);
  const width = Math.min(box.width, Math.ceil(drawn) + HEAD_PADDING);
  return { x: box.x, y: box.y, width, height: namespaceHeaderHeightOf('compact', presenting) };
}

/** `base`, widened so that the name of namespace `name` fits its header (open or collapsed). */
export function namespaceFit(name: string, base: Size, open: boolean): Size {
  const ems = nameWidthEm(name);
  const drawn = Math.max(28 * ems, 16 * ems + NAMESPACE_TAG_ROOM);
  const width = Math.ceil(drawn) + HEAD_PADDING + namespaceNameRoom(open);
  return width > base.width ? { width, height: base.height } : base;
}

const COLUMNS = 3;
/** The middle column sits lower, so a line from the first to the third column passes above it. */
const STAGGER = 96;
// Wide enough between columns for a blocked line's label ("⊘ TCP 3306", about 90 px) to sit
// clear of both cards, and no wider: the three-tier example must fit a 1280×720 window at a zoom
// that still draws labels (`zoomBand.ts`).
const GAP = { x: 96, y: 48 };
/** Between the column of broad rules' ends (Anywhere, IP blocks) and the design. */
const VIRTUAL_GAP = 126;
const ROW_WIDTH = 1100;
/** Many boxes fill rows about as wide as a screen is, not a column many screens tall. */
const SCREEN_ASPECT = 16 / 9;

/** The automatic place of the `index`-th workload of a namespace, relative to its box. */
export function workloadSlot(index: number): Position {
  return {
    x: NAMESPACE_INSET.side + (index % COLUMNS) * (WORKLOAD_SIZE.width + GAP.x),
    y:
      NAMESPACE_INSET.top +
      Math.floor(index / COLUMNS) * (WORKLOAD_SIZE.height + GAP.y + STAGGER) +
      (index % COLUMNS === 1 ? STAGGER : 0),
  };
}

/** A workload's place in its box, with its card's height where that is not the usual one. */
export type Seat = Position & { readonly height?: number };

/** A namespace box that holds every child (child positions are relative to the box). */
export function namespaceSize(children: readonly Seat[], minimum: Size = NAMESPACE_MIN): Size {
  let width = minimum.width;
  let height = minimum.height;
  for (const c of children) {
    width = Math.max(width, c.x + WORKLOAD_SIZE.width + NAMESPACE_INSET.side);
    height = Math.max(height, c.y + (c.height ?? WORKLOAD_SIZE.height) + NAMESPACE_INSET.bottom);
  }
  return { width, height };
}

/**
 * The automatic place of the `index`-th end of a broad rule: a column left of everything;
 * `taller` is how much taller than usual the cards above it are (a long list of exceptions).
 */
export function virtualSlot(index: number, taller = 0): Position {
  return {
    x: -(EXTERNAL_SIZE.width + VIRTUAL_GAP),
    y: 40 + index * (EXTERNAL_SIZE.height + GAP.y) + taller,
  };
}

/**
 * Left-to-right placement in rows, for top-level boxes of the given sizes: rows
 * of 1,100 units for a few boxes, wider for many, so that all of them together
 * are about as wide as a screen for their height.
 */
export function rowSlots(sizes: readonly Size[]): Position[] {
  let area = 0;
  for (const size of sizes) area += (size.width + GAP.x) * (size.height + GAP.y * 2);
  const rowWidth = Math.max(ROW_WIDTH, Math.sqrt(area * SCREEN_ASPECT));
  const slots: Position[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.width > rowWidth) {
      x = 0;
      y += rowHeight + GAP.y * 2;
      rowHeight = 0;
    }
    slots.push({ x, y });
    x += size.width + GAP.x;
    rowHeight = Math.max(rowHeight, size.height);
  }
  return slots;
}
