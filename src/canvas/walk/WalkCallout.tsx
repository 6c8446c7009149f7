import type { Ref } from 'react';
import { WALK_OUTCOMES } from '../../store';
import type { WalkStop } from '../../store';
import type { Point } from './walkGeometry';

/**
 * The check the packet waits at, in the explanation's own words. `at` is its
 * top-left corner on screen; until it is known the callout is measured unseen.
 */
export function WalkCallout({
  stop,
  at,
  ref,
}: {
  stop: WalkStop;
  at: Point | null;
  ref?: Ref<HTMLDivElement>;
}) {
  const tone = stop.outcome ?? 'reply';
  return (
    <div
      ref={ref}
      className={`nc-walk-callout is-${tone}`}
      data-testid="walk.callout"
      style={
        at === null
          ? { visibility: 'hidden' }
          : { transform: `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)` }
      }
    >
      <div className="nc-walk-callout-head">
        <span className="nc-walk-callout-title">{stop.title}</span>
        {stop.outcome !== null && (
          <span className="nc-walk-outcome">{`${WALK_OUTCOMES[stop.outcome].mark} ${WALK_OUTCOMES[stop.outcome].word.toUpperCase()}`}</span>
        )}
      </div>
      {stop.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  );
}
