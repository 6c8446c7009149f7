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
  /**
   * The check's outcome; null for the reply (nothing is checked).
   * `unenforced`: the policies would block here, but the network plugin does
   * not enforce them, so the packet passes.
   */
  readonly outcome: WalkOutcome | null;
  readonly sentences: readonly string[];
}

export type WalkOutcome = 'allowed' | 'blocked' | 'unenforced';

/** Each outcome's mark and words, for the canvas callout, the Walk panel and screen readers. */
export const WALK_OUTCOMES: Readonly<Record<WalkOutcome, { mark: string; word: string }>> = {
  allowed: { mark: '✓', word: 'allowed' },
  blocked: { mark: '⊘', word: 'blocked' },
  unenforced: { mark: '✓', word: 'passes, not enforced' },
};

/** The reply's label on the canvas. */
export const REPLY_LABEL = 'Reply on an established connection: no rule needed';

function check(
  kind: 'egress' | 'ingress',
  verdict: Verdict,
  explanation: Explanation,
  enforced: boolean,
): WalkStop {
  const side = kind === 'egress' ? explanation.egress : explanation.ingress;
  const blocks = !verdict[kind].allowed;
  return {
    kind,
    at: kind === 'egress' ? 'source' : 'destination',
    title: side.title,
    outcome: !blocks ? 'allowed' : enforced ? 'blocked' : 'unenforced',
    sentences: side.sentences,
  };
}

/**
 * Egress check, ingress check, reply: up to the first check that blocks.
 * When the network plugin does not enforce the policies (`enforced` false),
 * no check blocks: the packet passes a check the policies would block at,
 * and gets its reply.
 */
export function walkStopsOf(
  verdict: Verdict,
  explanation: Explanation,
  enforced = true,
): WalkStop[] {
  const egress = check('egress', verdict, explanation, enforced);
  if (egress.outcome === 'blocked') return [egress];
  const ingress = check('ingress', verdict, explanation, enforced);
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
  const outcome =
    stop.outcome === null ? '' : `: ${WALK_OUTCOMES[stop.outcome].word.toUpperCase()}`;
  return `${stop.title}${outcome}. ${stop.sentences.join(' ')}`;
}
