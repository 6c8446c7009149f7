/**
 * The workload cards the canvas built last, kept from one build to the next: an edit (a policy
 * deleted) gives a new document whose workloads are the very objects they were, and building
 * each card again (its labels, ports and size), then comparing it with the one on show
 * (`sharedById`), took 10-25 ms of the edit's task at 1,000 expanded cards. A card whose
 * workload is the same object, at the same place, with the same marks, is the card built before.
 */
import type { Workload } from '../model';
import { plainEqual } from '../store';
import type { Position } from '../store';
import type { WorkloadFlowNode } from './reactFlowTypes';

/** The card built last for each workload object, one memory per canvas. */
export type CardsKept = WeakMap<Workload, WorkloadFlowNode>;

export function createCardsKept(): CardsKept {
  return new WeakMap();
}

/** What a card shows besides its workload: where it sits, and what marks it carries. */
export interface CardMarks {
  readonly position: Position;
  readonly parentId: string | undefined;
  readonly selected: boolean;
  readonly ingressIsolated: boolean;
  readonly egressIsolated: boolean;
  readonly highlighted: boolean;
  readonly peer: boolean;
  readonly services: readonly string[] | undefined;
}

/** Whether `card`, built for the same workload object, shows `marks`. */
export function cardShows(card: WorkloadFlowNode, marks: CardMarks): boolean {
  const { position, data } = card;
  return (
    position.x === marks.position.x &&
    position.y === marks.position.y &&
    card.parentId === marks.parentId &&
    card.selected === marks.selected &&
    data.ingressIsolated === marks.ingressIsolated &&
    data.egressIsolated === marks.egressIsolated &&
    data.highlighted === marks.highlighted &&
    (data.peer === true) === marks.peer &&
    plainEqual(data.services, marks.services)
  );
}
