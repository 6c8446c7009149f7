/**
 * The walked connection, derived (never stored): its verdict from the
 * compiled document, its explanation (`explainVerdict`) and its stops.
 * Memoised by document and request.
 */
import type { Endpoint, Traffic, Verdict } from '../../engine';
import { connectionGetsThrough, enforces, explainVerdict, isTrafficAllowed } from '../../engine';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';
import type { EditorState } from '../editorState';
import { memoWeak } from './memoWeak';
import { edgeIdOf, namespaceBoxOf, nodeIdOf, nodeIdOfPod, nodeRefParse } from '../ids';
import type { NodeId } from '../ids';
import { litHoodOf } from './neighbourhood';
import type { Neighbourhood } from './neighbourhood';
import { selectIndex } from './selectors';
import { selectViewDoc } from './viewDoc';
import type { WalkRequest } from '../editorState';
import type { WalkStop } from './walkStops';
import { walkStopsOf } from './walkStops';

export interface WalkPlan {
  readonly request: WalkRequest;
  /** `prod/web → prod/db on TCP port 3306: BLOCKED by …` */
  readonly summary: string;
  readonly verdict: Verdict;
  /** Whether the connection gets through: allowed by the policies, or not enforced. */
  readonly allowed: boolean;
  readonly stops: readonly WalkStop[];
}

/** The endpoint a node stands for: a workload's pods, or an external endpoint's address. */
export function walkEndpointOf(doc: Doc, id: string): Endpoint | null {
  const ref = nodeRefParse(id);
  if (ref?.kind === 'workload') {
    const found = doc.workloads.some((w) => w.namespace === ref.namespace && w.name === ref.name);
    return found ? { kind: 'pod', key: podKeyOf(ref.namespace, ref.name) } : null;
  }
  if (ref?.kind === 'external') {
    const external = doc.externals.find((e) => e.name === ref.name);
    return external === undefined ? null : { kind: 'ip', ip: external.cidr };
  }
  return null;
}

/** Plans per document, network plugin and request. */
const plansByDoc = memoWeak(
  (_doc: Doc) => new Map<string, WeakMap<WalkRequest, WalkPlan | null>>(),
);

function planOf(state: EditorState, request: WalkRequest): WalkPlan | null {
  const doc = selectViewDoc(state);
  const from = walkEndpointOf(doc, request.from);
  const to = walkEndpointOf(doc, request.to);
  if (from === null || to === null) return null;
  const traffic = { from, to, port: request.port, protocol: request.protocol };
  const verdict = isTrafficAllowed(selectIndex(state), traffic);
  const plugin = state.networkPlugin;
  const explanation = explainVerdict(verdict, doc, plugin);
  return {
    request,
    summary: explanation.summary,
    verdict,
    allowed: connectionGetsThrough(plugin, verdict.allowed),
    stops: walkStopsOf(verdict, explanation, enforces(plugin)),
  };
}

/** The walked connection, or null when there is none or one of its ends is gone. */
export function selectWalkPlan(state: EditorState): WalkPlan | null {
  const { walk } = state;
  if (walk === null) return null;
  const byPlugin = plansByDoc(selectViewDoc(state));
  const cache = byPlugin.get(state.networkPlugin) ?? new WeakMap<WalkRequest, WalkPlan | null>();
  byPlugin.set(state.networkPlugin, cache);
  if (!cache.has(walk)) cache.set(walk, planOf(state, walk));
  return cache.get(walk) ?? null;
}

/** The stop the packet is at (clamped to the plan's stops), or null without a walk. */
export function selectWalkStop(state: EditorState): WalkStop | null {
  const plan = selectWalkPlan(state);
  if (plan === null) return null;
  return plan.stops[Math.min(state.walkStop, plan.stops.length - 1)] ?? null;
}

const hoods = new WeakMap<WalkRequest, Neighbourhood>();

/**
 * What the canvas lights while a connection is walked, in a focus's terms: its two ends and the
 * lines between them (or their namespaces' boxes), the rest dimmed as F dims it, so the walked path stands out of a busy
 * design's lines. null without a walk on show, and in a lesson, whose step marks what it talks
 * about on a small design.
 */
export function selectWalkHood(state: EditorState): Neighbourhood | null {
  if (state.lessonSession !== null || selectWalkPlan(state) === null) return null;
  const { walk } = state;
  if (walk === null) return null;
  let hood = hoods.get(walk);
  if (hood === undefined) {
    // The line between them, or one drawn from or to the box of an end (a rule naming its
    // namespace draws its line from the namespace's box).
    const ends = (id: string) => [id as NodeId, namespaceBoxOf(id)].filter((e) => e !== null);
    const lines = ends(walk.from).flatMap((from) => ends(walk.to).map((to) => edgeIdOf(from, to)));
    hood = litHoodOf([walk.from, walk.to], lines);
    hoods.set(walk, hood);
  }
  return hood;
}

/** The walk of a connection the engine checked: the nodes its two endpoints are drawn as. */
export function walkRequestOf(doc: Doc, traffic: Traffic): WalkRequest | null {
  const nodeOf = (endpoint: Endpoint): string | null => {
    if (endpoint.kind === 'pod') return nodeIdOfPod(endpoint.key);
    const external = doc.externals.find(
      (e) => e.cidr === endpoint.ip || e.cidr.replace(/\/(32|128)$/, '') === endpoint.ip,
    );
    return external === undefined ? null : nodeIdOf({ kind: 'external', name: external.name });
  };
  const from = nodeOf(traffic.from);
  const to = nodeOf(traffic.to);
  if (from === null || to === null) return null;
  return { from, to, port: traffic.port, protocol: traffic.protocol };
}
