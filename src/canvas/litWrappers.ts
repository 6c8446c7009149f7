/**
 * A focus's lit marks on the elements React Flow drew, set on them alone: React Flow's store and
 * every card and line keep their objects, so F redraws nothing (a new node or line list ran the
 * selectors of every mounted wrapper, twice). React sets the wrappers' classes and styles, never
 * an attribute it was not given, so the marks outlive its renders; a wrapper mounted while the
 * focus lasts (a namespace opening, a batch of lines, a label under the pointer) is marked as it
 * arrives.
 */
import type { LitMarks } from './neighbourhoodMarks';

/**
 * The attribute that marks a lit element (`canvas.css`): a node wrapper's says how
 * (`LitNodeMark`), a line's own svg the z-index it rises to, a line wrapper's and a label's is
 * empty.
 */
export const LIT_ATTRIBUTE = 'data-lit';

/** What may be marked: node wrappers, each line's own svg, and the lines' labels. */
const MARKABLE = '.react-flow__node, .react-flow__edges > svg, .nc-edge-label';

/** A line label's id, from its `data-testid` (`edge-label.<line id>`, `FlowEdge.tsx`). */
const LABEL_PREFIX = 'edge-label.';

/** The mark `el` takes under `marks` (with the element to put it on), or null for none. */
function markOf(el: Element, marks: LitMarks): [Element, string][] | null {
  if (el.classList.contains('react-flow__node')) {
    const how = marks.nodes.get(el.getAttribute('data-id') ?? '');
    return how === undefined ? null : [[el, how]];
  }
  if (el.classList.contains('nc-edge-label')) {
    const id = el.getAttribute('data-testid') ?? '';
    return id.startsWith(LABEL_PREFIX) && marks.lines.has(id.slice(LABEL_PREFIX.length))
      ? [[el, '']]
      : null;
  }
  // A line's own svg, which React Flow gives the line's z-index, and the line's wrapper in it.
  const line = el.firstElementChild;
  const raised = marks.lines.get(line?.getAttribute('data-id') ?? '');
  return line === null || raised === undefined
    ? null
    : [
        [el, String(raised)],
        [line, ''],
      ];
}

/**
 * Marks what `marks` lights among the elements under `root` (React Flow's viewport), and what
 * arrives there later, until the returned function is called, which takes every mark off.
 */
export function markLitWrappers(root: Element, marks: LitMarks): () => void {
  const mark = (el: Element) => {
    for (const [target, value] of markOf(el, marks) ?? [])
      target.setAttribute(LIT_ATTRIBUTE, value);
  };
  const markWithin = (el: Element) => {
    if (el.matches(MARKABLE)) mark(el);
    el.querySelectorAll(MARKABLE).forEach(mark);
  };
  markWithin(root);
  const arrivals = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((added) => {
        if (added instanceof Element) markWithin(added);
      });
    }
  });
  arrivals.observe(root, { childList: true, subtree: true });
  // No list of what was marked is kept: an element gone from the drawing (a batch of lines, a
  // label under the pointer) is not held; those still drawn are found again to take the marks off.
  return () => {
    arrivals.disconnect();
    root.querySelectorAll(`[${LIT_ATTRIBUTE}]`).forEach((el) => {
      el.removeAttribute(LIT_ATTRIBUTE);
    });
  };
}
