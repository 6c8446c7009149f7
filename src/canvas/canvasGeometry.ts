/** Boxes of the canvas in flow coordinates, for dropping things into namespaces. */
import type { Position } from '../store';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface NamespaceBox extends Box {
  readonly name: string;
}

export function boxContains(box: Box, point: Position): boolean {
  return (
    point.x >= box.x &&
    point.x <= box.x + box.width &&
    point.y >= box.y &&
    point.y <= box.y + box.height
  );
}

/** The namespace box under a point (the last drawn, i.e. topmost, when boxes overlap). */
export function namespaceAt(boxes: readonly NamespaceBox[], point: Position): NamespaceBox | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i];
    if (box !== undefined && boxContains(box, point)) return box;
  }
  return null;
}
