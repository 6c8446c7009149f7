import { nodeIdOf, selectDoc, useEditorApi, useEditorStore } from '../../store';
import { CommitField } from './fields/CommitField';
import { useCommitEdit } from './useCommitEdit';

/** An external endpoint: its name and address (editable). */
export function ExternalDetails({ name }: { name: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const commitEdit = useCommitEdit();
  const external = doc.externals.find((e) => e.name === name);
  if (external === undefined) return <p className="panel-hint">This endpoint no longer exists.</p>;
  return (
    <div className="details">
      <h2 className="details-title">
        {name} <span className="details-sub">outside the cluster</span>
      </h2>
      <CommitField
        label="Name"
        value={name}
        onCommit={(newName) => {
          const problem = commitEdit({
            type: 'updateExternal',
            name,
            external: { ...external, name: newName },
          });
          if (problem === null) {
            const id = nodeIdOf({ kind: 'external', name: newName });
            api.getState().select({ kind: 'node', id });
          }
          return problem;
        }}
      />
      <CommitField
        label="IP or CIDR"
        value={external.cidr}
        monospace
        placeholder="192.168.5.10/32"
        onCommit={(cidr) =>
          commitEdit({ type: 'updateExternal', name, external: { ...external, cidr } })
        }
      />
      <p className="panel-hint-inline">
        No NetworkPolicy governs what it sends or receives; only the pods&apos; own policies decide.
        Rules reach it with an <code>ipBlock</code>.
      </p>
    </div>
  );
}
