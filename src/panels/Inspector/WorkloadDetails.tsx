import { WORKLOAD_KINDS, podKeyOf } from '../../model';
import { replicasText } from '../../engine';
import type { WorkloadChanges } from '../../engine';
import type { WorkloadKind } from '../../model';
import {
  nodeIdOf,
  selectDoc,
  selectIsolation,
  selectViewDoc,
  useEditorApi,
  useEditorStore,
} from '../../store';
import { CommitField } from './fields/CommitField';
import { FocusButton } from './FocusButton';
import { InferredDetails } from './InferredDetails';
import { LabelsEditor } from './fields/LabelsEditor';
import { ReachSummary } from './ReachSummary';
import { PortsEditor } from './fields/PortsEditor';
import { useCommitEdit } from './useCommitEdit';
import { WorkloadServices } from './WorkloadServices';

/** A workload: its name, kind, labels, ports and IPs (editable), and its isolation. */
export function WorkloadDetails({ namespace, name }: { namespace: string; name: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const isolation = useEditorStore(selectIsolation).get(podKeyOf(namespace, name));
  const commitEdit = useCommitEdit();
  const view = useEditorStore(selectViewDoc);
  const workload = doc.workloads.find((w) => w.namespace === namespace && w.name === name);
  if (workload === undefined) {
    const inferred = view.workloads.find((w) => w.namespace === namespace && w.name === name);
    if (inferred?.inferred !== undefined) return <InferredDetails workload={inferred} />;
    return <p className="panel-hint">This workload no longer exists.</p>;
  }
  const update = (changes: WorkloadChanges) =>
    commitEdit({ type: 'updateWorkload', namespace, name, changes });
  return (
    <div className="details">
      <h2 className="details-title">
        {name}{' '}
        <span className="details-sub">
          in namespace {namespace}
          {workload.replicas === undefined ? '' : ` · ${replicasText(workload.replicas)}`}
        </span>
      </h2>
      <p className="details-isolation">
        <span className={`nc-badge ${isolation?.ingress === true ? 'is-on' : ''}`}>
          {isolation?.ingress === true ? 'ingress isolated' : 'ingress open'}
        </span>{' '}
        <span className={`nc-badge ${isolation?.egress === true ? 'is-on' : ''}`}>
          {isolation?.egress === true ? 'egress isolated' : 'egress open'}
        </span>
      </p>
      <WorkloadServices doc={doc} workload={workload} />
      <FocusButton namespace={namespace} name={name} />
      <ReachSummary id={nodeIdOf({ kind: 'workload', namespace, name })} />
      <CommitField
        label="Name"
        value={name}
        onCommit={(value) => {
          // a new workload's label `app: <name>` follows its name until the labels are edited
          const labels = workload.labels;
          const follows = Object.keys(labels).length === 1 && labels.app === name;
          const problem = update(
            follows ? { name: value, labels: { app: value } } : { name: value },
          );
          if (problem === null) {
            const id = nodeIdOf({ kind: 'workload', namespace, name: value });
            api.getState().select({ kind: 'node', id });
          }
          return problem;
        }}
      />
      <div className="field">
        <label htmlFor="workload-kind">Kind</label>
        <select
          id="workload-kind"
          value={workload.kind}
          onChange={(e) => update({ kind: e.target.value as WorkloadKind })}
        >
          {WORKLOAD_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </div>
      <LabelsEditor labels={workload.labels} onCommit={(labels) => update({ labels })} />
      <PortsEditor ports={workload.ports} onCommit={(ports) => update({ ports })} />
      <CommitField
        label="Pod IPs (optional, comma separated)"
        value={workload.ips.join(', ')}
        monospace
        onCommit={(value) =>
          update({
            ips: value
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
          })
        }
      />
    </div>
  );
}
