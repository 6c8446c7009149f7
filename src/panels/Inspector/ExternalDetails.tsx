import { useMemo } from 'react';
import { nodeIdOf, selectDoc, useEditorApi, useEditorStore } from '../../store';
import type { ContainerPort, ExternalPort } from '../../model';
import { CommitField } from './fields/CommitField';
import { PortsEditor } from './fields/PortsEditor';
import { useCommitEdit } from './useCommitEdit';

function asContainerPorts(ports: readonly ExternalPort[]): ContainerPort[] {
  return ports.map(({ port, protocol, name }) =>
    name === undefined
      ? { containerPort: port, protocol }
      : { containerPort: port, protocol, name },
  );
}

function asExternalPorts(ports: readonly ContainerPort[]): ExternalPort[] {
  return ports.map(({ containerPort, protocol, name }) =>
    name === undefined
      ? { port: containerPort, protocol }
      : { port: containerPort, protocol, name },
  );
}

/** An external endpoint: its name, address and the ports it listens on (editable). */
export function ExternalDetails({ name }: { name: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const commitEdit = useCommitEdit();
  const external = doc.externals.find((e) => e.name === name);
  // The same array while the endpoint's ports stay, so the editor keeps what is being typed.
  const listening = useMemo(() => asContainerPorts(external?.ports ?? []), [external?.ports]);
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
      <PortsEditor
        legend="Listens on"
        ports={listening}
        onCommit={(ports) => {
          const { ports: _old, ...rest } = external;
          const written = asExternalPorts(ports);
          return commitEdit({
            type: 'updateExternal',
            name,
            external: written.length > 0 ? { ...rest, ports: written } : rest,
          });
        }}
      />
      <p className="panel-hint-inline">
        No NetworkPolicy governs what it sends or receives; only the pods&apos; own policies decide.
        Rules reach it with an <code>ipBlock</code>.
      </p>
    </div>
  );
}
