/**
 * Where a step draws its nodes. A step's design carries its layout the way a
 * saved design does (`netpol-canvas.dev/position: "x,y"` on the Namespace,
 * workload and ExternalEndpoint objects), so a lesson file keeps it and the
 * editor places the nodes as written when the step opens. Built-in lessons
 * write their places as data, by the names lessons use:
 *
 * ```ts
 * { 'namespace:prod': [0, 150], 'prod/web': [24, 56], users: [30, 0] }
 * ```
 *
 * A namespace and an endpoint are placed on the canvas; a workload inside its
 * namespace's box (56 px below its top leaves room for the namespace's name).
 */
import type { Doc } from '../../model';
import { POSITION_ANNOTATION } from '../../model';

/** `[x, y]` in canvas pixels. */
export type LessonPlace = readonly [number, number];

export type LessonPlaces = Readonly<Record<string, LessonPlace>>;

function placed<T extends { readonly annotations?: Readonly<Record<string, string>> }>(
  object: T,
  place: LessonPlace | undefined,
): T {
  if (place === undefined) return object;
  const annotations = { ...object.annotations, [POSITION_ANNOTATION]: `${place[0]},${place[1]}` };
  return { ...object, annotations };
}

/**
 * `doc` with its nodes that `places` names annotated with their place (one
 * table of places serves every step of a lesson: a node a step's design
 * lacks is passed over).
 */
export function docPlaced(doc: Doc, places: LessonPlaces): Doc {
  const at = (...names: string[]) => places[names.find((n) => places[n] !== undefined) ?? ''];
  return {
    ...doc,
    namespaces: doc.namespaces.map((n) => placed(n, at(`namespace:${n.name}`))),
    workloads: doc.workloads.map((w) => placed(w, at(`${w.namespace}/${w.name}`))),
    externals: doc.externals.map((e) => placed(e, at(e.name, `external:${e.name}`))),
  };
}

/** The names of the nodes of `doc` that carry no place (a test keeps built-in steps at none). */
export function docUnplaced(doc: Doc): string[] {
  const bare = (o: { readonly annotations?: Readonly<Record<string, string>> }) =>
    o.annotations?.[POSITION_ANNOTATION] === undefined;
  return [
    ...doc.namespaces.filter(bare).map((n) => `namespace:${n.name}`),
    ...doc.workloads.filter(bare).map((w) => `${w.namespace}/${w.name}`),
    ...doc.externals.filter(bare).map((e) => e.name),
  ];
}
