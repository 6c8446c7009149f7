import { HANDOUT_NODE } from '../../../workshop';
import type { HandoutDiagram, HandoutNode } from '../../../workshop';

const { width: W, height: H } = HANDOUT_NODE;

interface Route {
  readonly d: string;
  /** Where its label goes, and how it is anchored. */
  readonly label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/**
 * A line from node `a` to node `b`: straight from border to border between
 * columns; within a column, an arc out of the side of both nodes (to the
 * right going down, to the left going up), so it never crosses the nodes in
 * between and two opposite directions stay two arrows.
 */
function route(a: HandoutNode, b: HandoutNode, rightwards: boolean): Route {
  if (Math.abs(a.x - b.x) < 1) {
    const x = rightwards ? a.x + W : a.x;
    const y1 = a.y + H / 2;
    const y2 = b.y + H / 2;
    const bulge = (rightwards ? 1 : -1) * (28 + Math.abs(y2 - y1) * 0.22);
    const d = `M${x} ${y1}C${x + bulge} ${y1} ${x + bulge} ${y2} ${x} ${y2}`;
    const labelX = x + bulge * 0.75 + (rightwards ? 6 : -6);
    return { d, label: { x: labelX, y: (y1 + y2) / 2 + 4, anchor: rightwards ? 'start' : 'end' } };
  }
  const [ax, ay, bx, by] = [a.x + W / 2, a.y + H / 2, b.x + W / 2, b.y + H / 2];
  const dx = bx - ax;
  const dy = by - ay;
  const s = Math.min(W / 2 / Math.abs(dx), Math.abs(dy) < 1e-9 ? Infinity : H / 2 / Math.abs(dy));
  // Opposite directions between the same two nodes stay apart.
  const shift = rightwards ? -7 : 7;
  const [x1, y1, x2, y2] = [ax + dx * s, ay + dy * s + shift, bx - dx * s, by - dy * s + shift];
  const label = {
    x: (x1 + x2) / 2,
    y: (y1 + y2) / 2 + (rightwards ? -6 : 16),
    anchor: 'middle' as const,
  };
  return { d: `M${x1} ${y1}L${x2} ${y2}`, label };
}

/** One step's diagram, in black and white: blocked lines dashed with ⊘, allowed ones solid. */
export function HandoutDiagramView({ diagram, label }: { diagram: HandoutDiagram; label: string }) {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const pad = { x: 150, y: 14 };
  return (
    <svg
      className="handout-diagram"
      role="img"
      aria-label={label}
      viewBox={`${-pad.x} ${-pad.y} ${diagram.width + 2 * pad.x} ${diagram.height + 2 * pad.y}`}
      width={diagram.width + 2 * pad.x}
    >
      <defs>
        <marker
          id="handout-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {diagram.boxes.map((b) => (
        <g key={b.label}>
          <rect className="handout-box" x={b.x} y={b.y} width={b.width} height={b.height} rx="8" />
          <text className="handout-box-label" x={b.x + 10} y={b.y + 17}>
            {b.label}
          </text>
        </g>
      ))}
      {diagram.nodes.map((n) => (
        <g key={n.id}>
          <rect
            className={n.ringed ? 'handout-node is-ringed' : 'handout-node'}
            x={n.x}
            y={n.y}
            width={W}
            height={H}
            rx="6"
          />
          <text
            className="handout-node-label"
            x={n.x + W / 2}
            y={n.y + H / 2 + 5}
            textAnchor="middle"
          >
            {n.label}
          </text>
        </g>
      ))}
      {diagram.lines.map((l, i) => {
        const a = byId.get(l.from);
        const b = byId.get(l.to);
        if (a === undefined || b === undefined) return null;
        const r = route(a, b, a.x === b.x ? b.y > a.y : a.x < b.x);
        const text = `${l.allowed ? '' : '⊘ '}${l.label}`;
        return (
          <g
            key={`${l.from}>${l.to}:${l.label}:${i}`}
            className={l.allowed ? 'handout-line' : 'handout-line is-blocked'}
          >
            <path d={r.d} markerEnd="url(#handout-arrow)" />
            <text x={r.label.x} y={r.label.y} textAnchor={r.label.anchor}>
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
