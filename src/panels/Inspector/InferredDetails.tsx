import { inferredAsWorkload, inferredPodsText, workloadPortsText } from '../../engine';
import type { DocEdit } from '../../engine';
import type { Workload } from '../../model';
import { podKeyOf } from '../../model';
import {
  nodeIdOf,
  selectIsolation,
  selectViewDoc,
  useEditorApi,
  useEditorStore,
} from '../../store';
import { ReachSummary } from './ReachSummary';

function isolationText(ingress: boolean, egress: boolean): string {
  if (ingress && egress) return 'ingress and egress isolated';
  if (ingress) return 'ingress isolated, egress open';
  if (egress) return 'egress isolated, ingress open';
  return 'ingress and egress open';
}

/**
 * A workload inferred from the policies: what it stands for, why it is there
 * and what replaces it. It is not editable; "Add as workloads" makes the
 * namespace's inferred workloads real ones (one undo step), which can then be edited.
 */
export function InferredDetails({ workload }: { workload: Workload }) {
  const api = useEditorApi();
  const view = useEditorStore(selectViewDoc);
  const { namespace, name, inferred } = workload;
  const isolation = useEditorStore(selectIsolation).get(podKeyOf(namespace, name));
  if (inferred === undefined) return null;
  const siblings = view.workloads.filter((w) => w.namespace === namespace && w.inferred);
  const addAll = () => {
    const edits = siblings.map((w): DocEdit => ({
      type: 'addWorkload',
      workload: inferredAsWorkload(w),
    }));
    const state = api.getState();
    state.dispatch(edits.length === 1 && edits[0] ? edits[0] : { type: 'batch', edits });
    state.notify({
      tone: 'info',
      text: `Added ${String(edits.length)} workload${edits.length === 1 ? '' : 's'} to ${namespace}; they can now be edited.`,
    });
  };
  const ports = workloadPortsText(workload);
  return (
    <div className="details" aria-label="Inferred workload">
      <h2 className="details-title">
        {name} <span className="details-sub">inferred in namespace {namespace}</span>
      </h2>
      <ReachSummary id={nodeIdOf({ kind: 'workload', namespace, name })} />
      <p className="panel-hint-inline">
        Namespace {namespace} has policies and no pods in the design, so this card stands for the
        pods the policies select: <strong>{inferredPodsText(inferred)}</strong>. Its lines show what
        the policies intend. Importing the namespace’s pods replaces it.
      </p>
      <dl className="details-list">
        <dt>From policies</dt>
        <dd>
          {inferred.policies.map((p) => (
            <code key={p}>{p}</code>
          ))}
        </dd>
        <dt>Ports of rules</dt>
        <dd>{ports.length === 0 ? 'none' : ports.map((p) => <code key={p}>{p}</code>)}</dd>
        <dt>Isolation</dt>
        <dd>{isolationText(isolation?.ingress === true, isolation?.egress === true)}</dd>
        <dt>Import the pods</dt>
        <dd>
          <code>kubectl get pods -n {namespace} -o yaml</code>
        </dd>
      </dl>
      <div>
        <button type="button" onClick={addAll}>
          {siblings.length === 1
            ? 'Add it as a workload'
            : `Add the ${String(siblings.length)} inferred pods of ${namespace} as workloads`}
        </button>
      </div>
    </div>
  );
}
