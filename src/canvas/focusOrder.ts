/**
 * The canvas's keyboard order: every node, then every line. React Flow draws
 * lines before nodes in the page, so the browser's own Tab order would visit
 * every line first; the canvas steps through this order itself and leaves it
 * to the page's next (or previous) control at either end.
 */

const NODES = '.react-flow__node[tabindex="0"]';
const EDGES = '.react-flow__edge[tabindex="0"]';
/** A node's own controls (Expand, Collapse): right after their node. */
const NODE_CONTROLS = '.react-flow__node button.nc-node-control';
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Nodes (each followed by its controls) first, then lines, each in page order. */
export function focusOrder(root: ParentNode): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(`${NODES}, ${NODE_CONTROLS}`),
    ...root.querySelectorAll<HTMLElement>(EDGES),
  ];
}

export function isNodeElement(el: Element): boolean {
  return el.matches(NODES);
}

function before(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The page's control after (or before) the canvas's items, skipping the items themselves. */
function outside(items: readonly HTMLElement[], forward: boolean): HTMLElement | null {
  const inside = new Set<Element>(items);
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
  const edge = forward
    ? items.reduce((last, el) => (before(last, el) ? el : last))
    : items.reduce((first, el) => (before(el, first) ? el : first));
  const candidates = forward
    ? all.filter((el) => !inside.has(el) && before(edge, el))
    : all.filter((el) => !inside.has(el) && before(el, edge)).reverse();
  return candidates[0] ?? null;
}

/**
 * Where Tab (or Shift+Tab) goes from `current`, one of the canvas's items:
 * the next item in `focusOrder`, or the page's control past the canvas.
 * Null leaves it to the browser.
 */
export function tabTarget(
  root: ParentNode,
  current: Element,
  backwards: boolean,
): HTMLElement | null {
  const items = focusOrder(root);
  const index = items.indexOf(current as HTMLElement);
  if (index < 0) return null;
  const next = items[index + (backwards ? -1 : 1)];
  return next ?? outside(items, !backwards);
}

/**
 * Where focus arriving from outside the canvas belongs: coming forward, the
 * first node; coming back, the last line. Null when it is already there.
 */
export function entryTarget(
  root: ParentNode,
  target: Element,
  from: Element | null,
): HTMLElement | null {
  // A click is not a Tab: only keyboard focus (`:focus-visible`) is redirected.
  if (from === null || !target.matches(':focus-visible')) return null;
  const items = focusOrder(root);
  if (!items.includes(target as HTMLElement) || items.includes(from as HTMLElement)) return null;
  const entry = before(from, target) ? items[0] : items[items.length - 1];
  return entry === undefined || entry === target ? null : entry;
}
