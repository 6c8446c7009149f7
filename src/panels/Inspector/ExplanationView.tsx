import type { Explanation } from '../../engine';
import { NotEnforcedNote } from '../NotEnforcedNote';
import type { WalkRequest } from '../../store';
import { WalkButton } from './WalkButton';

/** One connection explained: the egress check at the source, the ingress check at the destination. */
export function ExplanationView({
  explanation,
  walk = null,
}: {
  explanation: Explanation;
  walk?: WalkRequest | null;
}) {
  const blocked = explanation.summary.includes(': BLOCKED');
  return (
    <article className={`explanation ${blocked ? 'is-blocked' : 'is-allowed'}`}>
      <NotEnforcedNote then="Below is what the policies would do on a cluster that enforces them." />
      <h3 className="explanation-summary">{explanation.summary}</h3>
      {[explanation.egress, explanation.ingress].map((side) => (
        <section key={side.title} className="explanation-side">
          <h4>{side.title}</h4>
          {side.sentences.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </section>
      ))}
      <p className="explanation-reply">{explanation.reply}</p>
      {walk !== null && <WalkButton walk={walk} />}
    </article>
  );
}
