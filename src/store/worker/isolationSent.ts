/**
 * Which workloads are isolated, as the derivation worker sends it after an edit: what changed
 * since the isolation of the document the page shows (`shown` in the request), or whole when
 * the worker does not hold that. A dump's 2,000 workloads were copied in again at every edit,
 * and compared one by one with those on show, while an edit changes a few of them or none.
 */
import type { PodKey } from '../../model';
import type { Isolation } from '../derived/derive';
import { plainEqual } from '../plainEqual';

export type IsolationMap = ReadonlyMap<PodKey, Isolation>;

export type SentIsolation =
  | { readonly whole: IsolationMap }
  /** The workloads whose isolation is new or changed, and those no longer there. */
  | {
      readonly changed: readonly (readonly [PodKey, Isolation])[];
      readonly gone: readonly PodKey[];
    };

/** The worker's side: `next` as changes since `shown` (the isolation the page shows), if known. */
export function isolationSent(next: IsolationMap, shown: IsolationMap | null): SentIsolation {
  if (shown === null) return { whole: next };
  const changed = [...next].filter(([key, value]) => !plainEqual(shown.get(key), value));
  const gone = [...shown.keys()].filter((key) => !next.has(key));
  return { changed, gone };
}

/** Whether two maps hold equal values under the same keys. */
function mapsEqual(a: IsolationMap, b: IsolationMap): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (!b.has(key) || !plainEqual(value, b.get(key))) return false;
  }
  return true;
}

/**
 * The page's side: the isolation sent, `shown` itself when nothing in it changed (the canvas
 * then keeps its cards). Throws on changes to an isolation the page does not show.
 */
export function isolationTaken(sent: SentIsolation, shown: IsolationMap | null): IsolationMap {
  if ('whole' in sent) {
    // Sent whole: the worker did not know what the page shows.
    return shown !== null && mapsEqual(shown, sent.whole) ? shown : sent.whole;
  }
  if (shown === null) throw new Error('the isolation was sent as changes to none on show');
  if (sent.changed.length === 0 && sent.gone.length === 0) return shown;
  const next = new Map(shown);
  for (const key of sent.gone) next.delete(key);
  for (const [key, value] of sent.changed) next.set(key, value);
  return next;
}
