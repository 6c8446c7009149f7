import { portText } from '../../engine';
import { nodeRefParse, selectWalkPlan, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import '../panels.css';
import './walkPanel.css';
import { WalkForm } from './WalkForm';
import { WalkStops } from './WalkStops';

const selectWalk = (s: EditorState) => s.walk;

/** `prod/web` for `workload:prod/web`. */
function podNameOf(id: string): string {
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' ? `${ref.namespace}/${ref.name}` : id;
}
const selectStop = (s: EditorState) => s.walkStop;

/**
 * "Walk a connection": pick who starts it, where it goes and the port; a
 * packet then travels on the canvas and waits at each check.
 */
export function WalkPanel() {
  const walk = useEditorStore(selectWalk);
  const plan = useEditorStore(selectWalkPlan);
  const stop = useEditorStore(selectStop);
  const formKey =
    walk === null ? 'none' : `${walk.from}>${walk.to} ${walk.protocol}/${String(walk.port)}`;
  return (
    <section className="panel walk-panel" aria-label="Walk a connection">
      <p className="panel-hint walk-intro">
        A connection is named by who starts it: egress is checked at the source, ingress at the
        destination, and both must allow it.
      </p>
      <WalkForm key={formKey} initial={walk} />
      {walk?.via !== undefined && plan !== null && (
        <p className="walk-via" role="note">
          Through Service {walk.via.service}:{' '}
          {portText({ protocol: walk.protocol, port: walk.via.port })} reaches {podNameOf(walk.to)}{' '}
          on {portText(walk)}, its targetPort. The policies check {walk.port}, not {walk.via.port}.
        </p>
      )}
      {plan !== null && <WalkStops plan={plan} current={stop} />}
      {walk !== null && plan === null && (
        <p className="panel-hint">One end of this connection is no longer in the design.</p>
      )}
    </section>
  );
}
