import type { Explanation } from '../../engine';

/** One connection explained: the egress check at the source, the ingress check at the destination. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  const blocked = explanation.summary.includes(': BLOCKED');
  return (
    <article className={`explanation ${blocked ? 'is-blocked' : 'is-allowed'}`}>
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
    </article>
  );
}
