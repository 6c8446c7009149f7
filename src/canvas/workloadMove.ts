/**
 * A workload dragged on the canvas: dropped in another namespace's box it
 * moves there (an edit: the policies of its new namespace govern it); else it
 * stays in its box, kept inside it.
 */
import type { DocEdit } from '../engine';
import type { Position, Positions } from '../store';
import { nodeIdOf } from '../store';
import { namespaceAt } from './canvasGeometry';
import type { NamespaceBox } from './canvasGeometry';
import { NAMESPACE_INSET, WORKLOAD_SIZE } from './layoutGeometry';

export interface MovePlan {
  readonly edit: DocEdit | null;
  readonly positions: Positions;
}

function inside(p: Position): Position {
  return { x: Math.max(NAMESPACE_INSET.side, p.x), y: Math.max(NAMESPACE_INSET.top, p.y) };
}

/** `absolute`: the workload's top-left corner in flow coordinates where it was dropped. */
export function workloadMove(
  workload: { namespace: string; name: string },
  absolute: Position,
  boxes: readonly NamespaceBox[],
): MovePlan {
  const centre = {
    x: absolute.x + WORKLOAD_SIZE.width / 2,
    y: absolute.y + WORKLOAD_SIZE.height / 2,
  };
  const home = boxes.find((b) => b.name === workload.namespace);
  const target = namespaceAt(boxes, centre);
  if (target !== null && target.name !== workload.namespace) {
    const id = nodeIdOf({ kind: 'workload', namespace: target.name, name: workload.name });
    return {
      edit: {
        type: 'updateWorkload',
        namespace: workload.namespace,
        name: workload.name,
        changes: { namespace: target.name },
      },
      positions: { [id]: inside({ x: absolute.x - target.x, y: absolute.y - target.y }) },
    };
  }
  if (home === undefined) return { edit: null, positions: {} };
  const id = nodeIdOf({ kind: 'workload', ...workload });
  return {
    edit: null,
    positions: {
      [id]: inside({ x: Math.round(absolute.x - home.x), y: Math.round(absolute.y - home.y) }),
    },
  };
}
