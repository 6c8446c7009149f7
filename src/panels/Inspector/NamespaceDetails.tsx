import { NAMESPACE_NAME_LABEL } from '../../model';
import { plural } from '../../engine';
import { nodeIdOf, selectDoc, selectViewDoc, useEditorApi, useEditorStore } from '../../store';
import { DeleteWithPreview } from '../DeletionPreview';
import { CommitField } from './fields/CommitField';
import { LabelsEditor } from './fields/LabelsEditor';
import { TemplateButtons } from './TemplateButtons';
import { useCommitEdit } from './useCommitEdit';

/** A namespace: its name and labels (editable), and one-click policy templates. */
export function NamespaceDetails({ name }: { name: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  // A namespace of policies alone holds the pods they infer, which its box counts too.
  const view = useEditorStore(selectViewDoc);
  const commitEdit = useCommitEdit();
  const namespace = doc.namespaces.find((n) => n.name === name);
  if (namespace === undefined)
    return <p className="panel-hint">This namespace no longer exists.</p>;
  const workloads = doc.workloads.filter((w) => w.namespace === name).length;
  const inferred = view.workloads.filter(
    (w) => w.namespace === name && w.inferred !== undefined,
  ).length;
  const held =
    workloads === 0 && inferred > 0
      ? plural(inferred, 'inferred workload')
      : plural(workloads, 'workload');
  const policies = doc.policies.filter((p) => p.metadata.namespace === name).length;
  return (
    <div className="details">
      <h2 className="details-title">
        {name}{' '}
        <span className="details-sub">
          namespace · {held} · {policies} {policies === 1 ? 'policy' : 'policies'}
        </span>
      </h2>
      <CommitField
        label="Name"
        value={name}
        onCommit={(newName) => {
          const problem = commitEdit({ type: 'renameNamespace', name, newName });
          if (problem === null) {
            api
              .getState()
              .select({ kind: 'node', id: nodeIdOf({ kind: 'namespace', name: newName }) });
          }
          return problem;
        }}
      />
      <LabelsEditor
        labels={namespace.labels}
        fixed={[NAMESPACE_NAME_LABEL]}
        onCommit={(labels) => commitEdit({ type: 'setNamespaceLabels', name, labels })}
      />
      <TemplateButtons namespace={name} />
      <DeleteWithPreview
        edit={{ type: 'removeNamespace', name }}
        what="this namespace"
        label="Delete namespace"
      />
    </div>
  );
}
