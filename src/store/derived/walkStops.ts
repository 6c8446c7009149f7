/**
 * The stops of a walked connection, built from the engine's verdict and its
 * explanation (`explainVerdict`): the texts are the explanation's, word for
 * word. A connection is named by who starts it, so the packet meets the
 * egress check at the source first, then the ingress check at the
 * destination; both must allow it. A blocked packet stops where it is
 * blocked. An allowed one gets its reply, which no rule is needed for:
 *
 * ```yaml
 * # db-policy lets prod/api in on TCP 3306; db answers on the same connection
 * ingress: [{from: [{podSelector: {matchLabels: {name: api-pod}}}], ports: [{port: 3306}]}]
 * ```
 */
import type { Explanation, Verdict } from '../../engine';

export type WalkStopKind = 'egress' | 'ingress' | 'reply';

export interface WalkStop {
  readonly kind: WalkStopKind;
  /** The node the packet waits at. */
  readonly at: 'source' | 'destination';
  /** `Egress at the source prod/web`, or the reply's label. */
  readonly title: string;
  /** The check's outcome; null for the reply (nothing is checked). */
  readonly outcome: 'allowed' | 'blocked' | null;
  readonly sentences: readonly string[];
}

/** The reply's label on the canvas. */
export const REPLY_LABEL = 'Reply on an established connection: no rule needed';

function check(kind: 'egress' | 'ingress', verdict: Verdict, explanation: Explanation): WalkStop {
  const side = kind === 'egress' ? explanation.egress : explanation.ingress;
  return {
    kind,
    at: kind === 'egress' ? 'source' : 'destination',
    title: side.title,
    outcome: verdict[kind].allowed ? 'allowed' : 'blocked',
    sentences: side.sentences,
  };
}

/** Egress check, ingress check, reply: up to the first check that blocks. */
export function walkStopsOf(verdict: Verdict, explanation: Explanation): WalkStop[] {
  const egress = check('egress', verdict, explanation);
  if (egress.outcome === 'blocked') return [egress];
  const ingress = check('ingress', verdict, explanation);
  if (ingress.outcome === 'blocked') return [egress, ingress];
  const reply: WalkStop = {
    kind: 'reply',
    at: 'source',
    title: REPLY_LABEL,
    outcome: null,
    sentences: [explanation.reply],
  };
  return [egress, ingress, reply];
}

/** What a screen reader hears at a stop: where, the outcome, why. */
export function walkStopAnnouncement(stop: WalkStop): string {
  const outcome = stop.outcome === null ? '' : `: ${stop.outcome.toUpperCase()}`;
  return `${stop.title}${outcome}. ${stop.sentences.join(' ')}`;
}
