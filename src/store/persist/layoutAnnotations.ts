/**
 * Positions travel with a saved design as an annotation on the namespace,
 * workload and external endpoint objects (never inside a policy's spec, so
 * `kubectl create -f` still takes the file):
 *
 * ```yaml
 * kind: Namespace
 * metadata:
 *   name: prod
 *   annotations:
 *     netpol-canvas.dev/position: "120,40"   # x,y on the canvas
 * ```
 *
 * A workload's position is relative to its namespace box. When a design is
 * opened the annotations go back into the layout and out of the document.
 */
import type { Doc, ExternalEndpoint, Namespace, Workload } from '../../model';
import { POSITION_ANNOTATION } from '../../model';
import type { Position, Positions } from '../editorState';
import { nodeIdOf } from '../ids';

export { POSITION_ANNOTATION };

type Annotated = Namespace | Workload | ExternalEndpoint;

function withPosition<T extends Annotated>(object: T, position: Position | undefined): T {
  if (position === undefined) return object;
  const annotations = {
    ...object.annotations,
    [POSITION_ANNOTATION]: `${Math.round(position.x)},${Math.round(position.y)}`,
  };
  return { ...object, annotations };
}

/** The document to save: every placed namespace, workload and external endpoint annotated with its position. */
export function docWithPositions(doc: Doc, positions: Positions): Doc {
  return {
    ...doc,
    namespaces: doc.namespaces.map((n) =>
      withPosition(n, positions[nodeIdOf({ kind: 'namespace', name: n.name })]),
    ),
    workloads: doc.workloads.map((w) =>
      withPosition(
        w,
        positions[nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name })],
      ),
    ),
    externals: doc.externals.map((e) =>
      withPosition(e, positions[nodeIdOf({ kind: 'external', name: e.name })]),
    ),
  };
}

function positionParse(text: string | undefined): Position | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text ?? '');
  return match === null ? null : { x: Number(match[1]), y: Number(match[2]) };
}

function withoutPosition<T extends Annotated>(object: T): T {
  if (object.annotations?.[POSITION_ANNOTATION] === undefined) return object;
  const { [POSITION_ANNOTATION]: _position, ...rest } = object.annotations;
  if (Object.keys(rest).length > 0) return { ...object, annotations: rest };
  const { annotations: _annotations, ...bare } = object;
  return bare as T;
}

/** An opened document split into the document proper and the positions it carried. */
export function positionsFromDoc(doc: Doc): { doc: Doc; positions: Positions } {
  const positions: Record<string, Position> = {};
  const take = (id: string, object: Annotated) => {
    const position = positionParse(object.annotations?.[POSITION_ANNOTATION]);
    if (position !== null) positions[id] = position;
  };
  for (const n of doc.namespaces) take(nodeIdOf({ kind: 'namespace', name: n.name }), n);
  for (const w of doc.workloads) {
    take(nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }), w);
  }
  for (const e of doc.externals) take(nodeIdOf({ kind: 'external', name: e.name }), e);
  if (Object.keys(positions).length === 0) return { doc, positions };
  return {
    doc: {
      ...doc,
      namespaces: doc.namespaces.map(withoutPosition),
      workloads: doc.workloads.map(withoutPosition),
      externals: doc.externals.map(withoutPosition),
    },
    positions,
  };
}
