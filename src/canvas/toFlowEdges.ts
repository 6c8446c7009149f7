/**
 * The pure adapter from derived flows to React Flow edges: one edge per pair
 * of nodes (`FlowGroup`), solid when allowed, red and dashed when blocked,
 * with the ports as its label and the reasons as its tooltip.
 */
import type { FlowStatus, Path, PortChange, VerdictChange } from '../engine';
import { changePortText, pathPortText, portText, ruleChangeText } from '../engine';
import type { ComparedLine, FlowGroup, PathGroup } from '../store';
import { edgeGroupsOf, edgeIdOfEnds, statusOfAll } from '../store';
import type { FlowEdge, FlowEdgeData } from './reactFlowTypes';
import { arrowMarkerId } from './edges/arrowMarkers';
import type { ArrowSize } from './edges/arrowMarkers';
import { endsOf, lineTextOf, unique } from './lineTexts';
import type { Line } from './lineTexts';

export interface EdgesInput {
  readonly groups: readonly FlowGroup[];
  /** The focused node's other paths (no rule's line joins their nodes). */
  readonly pathGroups?: readonly PathGroup[];
  /** The lines the open lesson step names (drawn instead of a rule's line of the same pair). */
  readonly lessonGroups?: readonly PathGroup[];
  readonly selectedNodeId: string | null;
  readonly selectedEdgeId: string | null;
  /** Connections the last edit flipped: their lines are highlighted for a moment. */
  readonly changes?: readonly VerdictChange[];
  /**
   * While a comparison is open: the pairs whose connections changed, each drawn as one
   * line marked newly allowed or newly blocked (instead of its own line); the others fade.
   */
  readonly compared?: readonly ComparedLine[] | null;
}

/** How one line looks: its data, and the arrow's size and stacking. */
interface LineLook extends Omit<FlowEdgeData, 'status'> {
  readonly ariaLabel: string;
  readonly arrow: ArrowSize;
  readonly zIndex: number;
  readonly selected?: boolean;
}

function lineEdge(line: Line, look: LineLook): FlowEdge {
  const { ariaLabel, arrow, zIndex, selected, ...data } = look;
  const { id, source, target, status } = line;
  return {
    id,
    type: 'flow',
    source,
    target,
    ...(selected === undefined ? {} : { selected }),
    // The picked line says so to assistive technology, as a picked card does.
    ...(selected === true ? { domAttributes: { 'aria-selected': true } } : {}),
    ariaLabel,
    markerEnd: arrowMarkerId(status, arrow),
    zIndex,
    data: { status, ...data },
  };
}

function statusWord(status: FlowStatus): string {
  return status === 'partial' ? 'partly blocked' : status;
}

/** Lines for flipped connections that no other line draws, by pair of nodes. */
function changeEdges(changes: readonly VerdictChange[], drawn: ReadonlySet<string>): FlowEdge[] {
  return edgeGroupsOf(changes, drawn).map((group): FlowEdge => {
    const list = group.items;
    const allowed = list.every((c) => c.after);
    const status = statusOfAll(list.map((c) => (c.after ? 'allowed' : 'blocked')));
    const ports = list.map((c) => changePortText(c)).join(', ');
    const line = { ...group, status };
    const { from, to } = endsOf(line, list[0]);
    return lineEdge(line, {
      ariaLabel: `Changed: ${from} to ${to} on ${ports} is now ${status}`,
      arrow: 16,
      zIndex: 3,
      from,
      to,
      ports: `now ${allowed ? 'allowed' : 'blocked'}: ${ports}`,
      reason: list.map((c) => c.reason).join('\n'),
      emphasis: true,
      path: false,
      changed: true,
    });
  });
}

/** `+ TCP 80, TCP 5000` newly allowed, `− TCP 3306` newly blocked. */
function markedPorts(mark: string, changes: readonly PortChange[]): string {
  return changes.length === 0 ? '' : `${mark} ${changes.map((c) => portText(c)).join(', ')}`;
}

/** A pair whose connections changed since the design compared with. */
function comparedEdge(line: ComparedLine, selectedEdgeId: string | null): FlowEdge {
  const { newlyAllowed, newlyBlocked, from, to } = line.pair;
  const compare =
    newlyBlocked.length === 0 ? 'allowed' : newlyAllowed.length === 0 ? 'blocked' : 'both';
  const ports = [markedPorts('+', newlyAllowed), markedPorts('−', newlyBlocked)]
    .filter((p) => p !== '')
    .join(' ');
  const said = [
    newlyAllowed.length === 0 ? '' : `newly allowed ${markedPorts('', newlyAllowed).trim()}`,
    newlyBlocked.length === 0 ? '' : `newly blocked ${markedPorts('', newlyBlocked).trim()}`,
  ].filter((p) => p !== '');
  const reason = [...newlyAllowed, ...newlyBlocked].map(
    (c) =>
      `${portText(c)} newly ${c.allowed ? 'allowed' : 'blocked'}: ${c.because.map(ruleChangeText).join('; ')}`,
  );
  return lineEdge(
    { ...line, status: compare === 'both' ? 'partial' : compare },
    {
      selected: line.id === selectedEdgeId,
      ariaLabel: `Compared: ${from} to ${to}, ${said.join(', ')}`,
      arrow: 18,
      zIndex: 3,
      from,
      to,
      ports,
      reason: reason.join('\n'),
      emphasis: true,
      path: false,
      changed: false,
      compare,
    },
  );
}

/** While comparing, a line the comparison leaves alone: drawn fainter. */
export function faded(edge: FlowEdge): FlowEdge {
  return edge.data === undefined ? edge : { ...edge, data: { ...edge.data, faded: true } };
}

/**
 * Who can reach a picked workload, and whom it reaches, is read first: of its
 * lines, the blocked ones (every pair no policy lets through, often most of
 * them) are drawn behind, faint and without their labels, and the allowed
 * ones on top, strong. A blocked line is there in full under the pointer
 * (its label and reasons) and when it is itself picked.
 */
function behind(line: Line, selectedEdgeId: string | null): boolean {
  return line.status === 'blocked' && line.id !== selectedEdgeId;
}
const BEHIND = { faded: true, quiet: true } as const;

/**
 * A path of the focused node: thin, dotted, its label shown only while picked.
 * A line the lesson step names (`named`) is drawn like a rule's line instead,
 * labelled with its ports.
 */
function pathEdge(group: PathGroup, selectedEdgeId: string | null, named = false): FlowEdge {
  const look = (group.id === selectedEdgeId ? 2 : 0) + (named ? 1 : 0);
  return lookOf(pathLooks, group, look, () => pathEdgeBuilt(group, selectedEdgeId, named));
}

function pathEdgeBuilt(group: PathGroup, selectedEdgeId: string | null, named: boolean): FlowEdge {
  const { from, to } = endsOf(group, group.paths[0]);
  // A line the step names that is only partly blocked says which ports are.
  const mark = (p: Path) => (named && group.status === 'partial' && !p.allowed ? '⊘ ' : '');
  // A path's port by number, as a rule's line says it (its name is on the card).
  const port = (p: Path) => pathPortText(p, { named: false });
  const ports = unique(group.paths.map((p) => `${mark(p)}${port(p)}`)).join(', ');
  const reason = unique(group.paths.map((p) => `${port(p)}: ${p.reason}`)).join('\n');
  return lineEdge(group, {
    selected: group.id === selectedEdgeId,
    ariaLabel: `${named ? 'Connection' : 'Path'} ${from} to ${to} on ${ports}: ${statusWord(group.status)}`,
    arrow: 16,
    zIndex: !named && behind(group, selectedEdgeId) ? 1 : 2,
    ...(!named && behind(group, selectedEdgeId) ? BEHIND : {}),
    from,
    to,
    ports,
    reason,
    emphasis: false,
    path: !named,
    changed: false,
    ...(group.unenforced === undefined ? {} : { unenforced: group.unenforced }),
  });
}

/**
 * Each line's edge, kept per look (picked or not, touching the picked node, just flipped...)
 * for as long as its group is the same object (until the design's lines are derived again):
 * a pick changes the look of a few of 2,936 lines, and the others keep their objects, so
 * neither building them nor comparing them with the edges on show costs the pick anything.
 */
type Looks = (FlowEdge | undefined)[];
const ruledLooks = new WeakMap<FlowGroup, Looks>();
const pathLooks = new WeakMap<PathGroup, Looks>();

function lookOf<G extends object>(
  looks: WeakMap<G, Looks>,
  group: G,
  look: number,
  build: () => FlowEdge,
): FlowEdge {
  let kept = looks.get(group);
  if (kept === undefined) {
    kept = [];
    looks.set(group, kept);
  }
  return (kept[look] ??= build());
}

/** A rule's line, picked or not, touching the picked node or not, just flipped or not. */
function ruledEdge(
  group: FlowGroup,
  selectedEdgeId: string | null,
  touches: boolean,
  changed: boolean,
): FlowEdge {
  const selected = group.id === selectedEdgeId;
  const look = (selected ? 4 : 0) + (touches ? 2 : 0) + (changed ? 1 : 0);
  return lookOf(ruledLooks, group, look, () => {
    const { from, to, ports, inFull, short, reason } = lineTextOf(group);
    const back = touches && behind(group, selectedEdgeId);
    return lineEdge(group, {
      selected,
      ariaLabel: `Flow ${from} to ${to} on ${ports}: ${statusWord(group.status)}`,
      arrow: 18,
      zIndex: (touches && !back) || selected ? 2 : 1,
      ...(back ? BEHIND : {}),
      from,
      to,
      ports,
      ...(inFull === ports ? {} : { portsInFull: inFull }),
      ...(short === ports ? {} : { portsShort: short }),
      reason,
      emphasis: touches && !back,
      ...(touches && !back ? { picked: true } : {}),
      path: false,
      changed,
      ...(group.unenforced === undefined ? {} : { unenforced: group.unenforced }),
    });
  });
}

export function toFlowEdges(input: EdgesInput): FlowEdge[] {
  const { selectedEdgeId } = input;
  const compared = (input.compared ?? []).filter((l) => l.source !== l.target);
  const own = toOwnEdges(input);
  if (input.compared == null) return own;
  const comparedIds = new Set<string>(compared.map((l) => l.id));
  return [
    ...own.filter((e) => !comparedIds.has(e.id)).map(faded),
    ...compared.map((l) => comparedEdge(l, selectedEdgeId)),
  ];
}

/** The lines of the design itself (rules, paths, a lesson step's, what an edit changed). */
function toOwnEdges(input: EdgesInput): FlowEdge[] {
  const { groups, selectedNodeId, selectedEdgeId } = input;
  const named = (input.lessonGroups ?? []).map((g) => pathEdge(g, selectedEdgeId, true));
  const namedIds = new Set(named.map((e) => e.id));
  const paths = [
    ...named,
    ...(input.pathGroups ?? [])
      .filter((g) => !namedIds.has(g.id))
      .map((g) => pathEdge(g, selectedEdgeId)),
  ];
  const ruled = groups.filter((g) => !namedIds.has(g.id));
  const ids = new Set([...ruled, ...paths].map((g) => g.id));
  const changes = input.changes ?? [];
  const changed = new Set<string>(changes.map((c) => edgeIdOfEnds(c.from, c.to)));
  const flows = ruled.map((group) => {
    const touchesSelection = selectedNodeId === group.source || selectedNodeId === group.target;
    return ruledEdge(group, selectedEdgeId, touchesSelection, changed.has(group.id));
  });
  const marked = paths.map((e) =>
    changed.has(e.id) && e.data !== undefined ? { ...e, data: { ...e.data, changed: true } } : e,
  );
  return [...flows, ...marked, ...changeEdges(changes, ids)];
}
