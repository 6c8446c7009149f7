/**
 * Dropping a palette item on the canvas, as an edit plus where the new node
 * sits. New things get a free name (`workload-2`), which the inspector edits:
 * - a namespace lands where it is dropped;
 * - a workload joins the namespace box it is dropped in, or `default`;
 *   its label `app: <name>` is what policies will select it by;
 * - an external endpoint gets a documentation address (192.0.2.x) to replace.
 * Whatever is dropped moves off the nodes already there (`taken`), to the
 * nearest free spot; an endpoint dropped in the group outside the cluster stays in it.
 */
import type { DocEdit } from '../engine';
import type { Doc } from '../model';
import { DEFAULT_NAMESPACE } from '../model';
import type { Position, Positions } from '../store';
import { nodeIdOf } from '../store';
import { namespaceAt } from './canvasGeometry';
import type { Box, NamespaceBox } from './canvasGeometry';
import { WORKLOAD_MIN, freeSpot } from './freePlacement';
import { EXTERNAL_SIZE, NAMESPACE_MIN, WORKLOAD_SIZE } from './layoutGeometry';
import type { Size } from './layoutGeometry';

export type PaletteKind = 'namespace' | 'workload' | 'external';

export const PALETTE_MIME = 'application/x-netpol-canvas';

/** The nodes already on the canvas, as boxes. */
export interface TakenBoxes {
  /** Workloads by namespace, relative to their namespace box. */
  readonly workloads: ReadonlyMap<string, readonly Box[]>;
  /** Namespace boxes and endpoints (flow coordinates). */
  readonly top: readonly Box[];
  /**
   * The frame of the group outside the cluster (`outsideGroup.ts`), drawn around its cards: an
   * endpoint dropped in it joins them, anything else keeps off it.
   */
  readonly outside?: Box;
}

const NOTHING_TAKEN: TakenBoxes = { workloads: new Map(), top: [] };

export interface DropPlan {
  readonly edit: DocEdit;
  /** The id of the new node (select it). */
  readonly id: string;
  readonly positions: Positions;
}

export function freeName(base: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const name = `${base}-${i}`;
    if (!taken.has(name)) return name;
  }
}

function workloadDrop(
  doc: Doc,
  point: Position | null,
  boxes: readonly NamespaceBox[],
  preferred: string | undefined,
  taken: TakenBoxes,
): DropPlan {
  const box = point === null ? null : namespaceAt(boxes, point);
  const namespace = box?.name ?? preferred ?? doc.namespaces[0]?.name ?? DEFAULT_NAMESPACE;
  const names = new Set(doc.workloads.filter((w) => w.namespace === namespace).map((w) => w.name));
  const name = freeName('workload', names);
  const id = nodeIdOf({ kind: 'workload', namespace, name });
  const positions: Record<string, Position> = {};
  if (box !== null && point !== null) {
    const want = {
      x: point.x - box.x - WORKLOAD_SIZE.width / 2,
      y: point.y - box.y - WORKLOAD_SIZE.height / 2,
    };
    const siblings = taken.workloads.get(namespace) ?? [];
    positions[id] = freeSpot(WORKLOAD_SIZE, want, siblings, WORKLOAD_MIN);
  }
  return {
    edit: {
      type: 'addWorkload',
      workload: { namespace, name, kind: 'Deployment', labels: { app: name }, ports: [], ips: [] },
    },
    id,
    positions,
  };
}

/**
 * The edit and layout for a palette item dropped at `point` (null: placed
 * automatically; a workload then goes to `namespace` when given).
 */
export function paletteDrop(
  doc: Doc,
  kind: PaletteKind,
  point: Position | null,
  boxes: readonly NamespaceBox[],
  namespace?: string,
  taken: TakenBoxes = NOTHING_TAKEN,
): DropPlan {
  const at = (id: string, size: Size, joinsGroup = false): Positions => {
    if (point === null) return {};
    const { top, outside } = taken;
    return {
      [id]: freeSpot(size, point, joinsGroup || outside === undefined ? top : [...top, outside]),
    };
  };
  switch (kind) {
    case 'namespace': {
      const name = freeName('namespace', new Set(doc.namespaces.map((n) => n.name)));
      const id = nodeIdOf({ kind: 'namespace', name });
      return { edit: { type: 'addNamespace', name }, id, positions: at(id, NAMESPACE_MIN) };
    }
    case 'external': {
      const name = freeName('external', new Set(doc.externals.map((e) => e.name)));
      const id = nodeIdOf({ kind: 'external', name });
      const cidr = `192.0.2.${doc.externals.length + 10}/32`;
      return {
        edit: { type: 'addExternal', external: { name, cidr } },
        id,
        positions: at(id, EXTERNAL_SIZE, true),
      };
    }
    case 'workload':
      return workloadDrop(doc, point, boxes, namespace, taken);
  }
}
