/**
 * The card moved last by hand is drawn above the others. Cards share one z-index
 * (`toFlowNodes.ts`: above the lines, in manual mode), so the one later in the list is drawn
 * over the one before: a card dropped on its neighbours went beneath those after it, only
 * the first line of its name showing, and a click on it opened a neighbour. Last in the list,
 * it stays on top where the user put it (they chose the place: it is not nudged away) until
 * another card is moved. A box is left where it is: its cards are drawn over it anyway.
 */
import type { CanvasNode } from './reactFlowTypes';

/** `nodes` with the card `id` last, or `nodes` itself when there is no such card or it is last. */
export function withCardOnTop(nodes: CanvasNode[], id: string | null): CanvasNode[] {
  if (id === null) return nodes;
  const at = nodes.findIndex((n) => n.id === id);
  const card = nodes[at];
  if (card === undefined || at === nodes.length - 1) return nodes;
  if (card.type === 'namespace' || card.type === 'outside') return nodes;
  return [...nodes.slice(0, at), ...nodes.slice(at + 1), card];
}
