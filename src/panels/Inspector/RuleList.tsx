import type { DocEdit, Flow } from '../../engine';
import { peersKey } from '../../engine';
import { useEditorApi } from '../../store';
import { DeletionPreviewButton, DeletionPreviewResult } from '../DeletionPreview';

function removalOf(flow: Flow): DocEdit {
  return flow.drawnBy !== null
    ? { type: 'removeFlow', id: flow.drawnBy }
    : { type: 'removeRulePeer', rule: flow.rule, peerIndex: flow.peerIndex };
}

/** The rules a line comes from; removing one takes back exactly what it allows. */
export function RuleList({ flows }: { flows: readonly Flow[] }) {
  const api = useEditorApi();
  return (
    <section className="rules" aria-label="Rules behind this line">
      <h3>Rules behind this line</h3>
      <ul>
        {flows.map((f) => {
          const { policy, direction, ruleIndex } = f.rule;
          const peer = f.peerIndex === null ? '' : `, ${peersKey(direction)}[${f.peerIndex}]`;
          const where = `${policy.namespace}/${policy.name} spec.${direction}[${ruleIndex}]${peer}`;
          return (
            <li key={f.id}>
              <code>{where}</code>
              <span className="rules-reason">{f.reason}</span>
              <span className="rules-actions">
                <button
                  type="button"
                  onClick={() => {
                    api.getState().dispatch(removalOf(f));
                    api.getState().select(null);
                  }}
                  aria-label={`Remove ${where}`}
                >
                  {f.drawnBy === null ? 'Remove peer' : 'Remove flow'}
                </button>
                <DeletionPreviewButton edit={removalOf(f)} label={`Preview removing ${where}`} />
              </span>
              <DeletionPreviewResult
                edit={removalOf(f)}
                what={f.drawnBy === null ? 'this peer' : 'this flow'}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
