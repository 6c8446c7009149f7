import { WALK_OUTCOMES, useEditorApi } from '../../store';
import type { WalkPlan } from '../../store';

/**
 * The walked connection's stops, the current one open, with Previous, Next,
 * Replay and End so a trainer can stop at each check.
 */
export function WalkStops({ plan, current }: { plan: WalkPlan; current: number }) {
  const api = useEditorApi();
  const last = plan.stops.length - 1;
  const index = Math.min(current, last);
  const blocked = !plan.allowed;
  return (
    <section className="walk-stops" aria-label="Walk">
      <p className={`walk-summary ${blocked ? 'is-blocked' : 'is-allowed'}`}>{plan.summary}</p>
      <div className="walk-controls" role="group" aria-label="Walk controls">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            api.getState().setWalkStop(index - 1);
          }}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="is-primary"
          disabled={index === last}
          onClick={() => {
            api.getState().setWalkStop(index + 1);
          }}
        >
          Next stop →
        </button>
        <button
          type="button"
          onClick={() => {
            api.getState().replayWalk();
          }}
        >
          ↺ Replay
        </button>
        <button
          type="button"
          onClick={() => {
            api.getState().endWalk();
          }}
        >
          End walk
        </button>
      </div>
      <ol className="walk-stop-list">
        {plan.stops.map((stop, i) => (
          <li
            key={stop.kind}
            className={`walk-stop is-${stop.outcome ?? 'reply'} ${i > index ? 'is-ahead' : ''}`}
            aria-current={i === index ? 'step' : undefined}
          >
            <button
              type="button"
              className="walk-stop-head"
              aria-label={`Stop ${String(i + 1)}: ${stop.title}`}
              onClick={() => {
                api.getState().setWalkStop(i);
              }}
            >
              <span>{stop.title}</span>
              {stop.outcome !== null && i <= index && (
                <span>{`${WALK_OUTCOMES[stop.outcome].mark} ${WALK_OUTCOMES[stop.outcome].word}`}</span>
              )}
            </button>
            {i === index && stop.sentences.map((s) => <p key={s}>{s}</p>)}
          </li>
        ))}
      </ol>
      {index === last && blocked && (
        <p className="walk-end-note">The packet stops here: the connection is never set up.</p>
      )}
    </section>
  );
}
