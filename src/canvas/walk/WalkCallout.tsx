import type { WalkStop } from '../../store';
import type { Point } from './walkGeometry';

const OUTCOME = { allowed: '✓ ALLOWED', blocked: '⊘ BLOCKED' } as const;

/** The check the packet waits at, in the explanation's own words, above the node. */
export function WalkCallout({ stop, at }: { stop: WalkStop; at: Point }) {
  const tone = stop.outcome ?? 'reply';
  return (
    <div
      className={`nc-walk-callout is-${tone}`}
      data-testid="walk.callout"
      style={{ transform: `translate(${at.x}px, ${at.y}px) translate(-50%, -100%)` }}
    >
      <div className="nc-walk-callout-head">
        <span className="nc-walk-callout-title">{stop.title}</span>
        {stop.outcome !== null && <span className="nc-walk-outcome">{OUTCOME[stop.outcome]}</span>}
      </div>
      {stop.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  );
}
