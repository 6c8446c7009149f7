import {
  nodeEndParse,
  nodeLabelOf,
  nodeRefParse,
  selectSelection,
  useEditorStore,
} from '../../store';
import '../panels.css';
import { ExternalDetails } from './ExternalDetails';
import { FlowBack } from './FlowBack';
import { FlowDetails } from './FlowDetails';
import { NamespaceDetails } from './NamespaceDetails';
import { PathList } from './PathList';
import { PolicyDetails } from './PolicyDetails';
import { WorkloadDetails } from './WorkloadDetails';

/** What is selected: a workload's details and paths, or a line's explanation. */
export function Inspector() {
  const selection = useEditorStore(selectSelection);
  if (selection?.kind === 'flow') {
    return (
      <section className="panel" aria-label="Inspector">
        <FlowBack selection={selection} />
        <FlowDetails id={selection.id} />
      </section>
    );
  }
  if (selection?.kind === 'policy') {
    return (
      <section className="panel" aria-label="Inspector">
        <PolicyDetails namespace={selection.namespace} name={selection.name} />
      </section>
    );
  }
  const ref = selection?.kind === 'node' ? nodeRefParse(selection.id) : null;
  // Anywhere and an IP block are no node of the model, but ends of paths all the same.
  const end = selection?.kind === 'node' ? nodeEndParse(selection.id) : null;
  return (
    <section className="panel" aria-label="Inspector">
      {ref?.kind === 'workload' && <WorkloadDetails namespace={ref.namespace} name={ref.name} />}
      {ref?.kind === 'external' && <ExternalDetails name={ref.name} />}
      {ref?.kind === 'namespace' && <NamespaceDetails name={ref.name} />}
      {selection?.kind === 'node' && ref === null && end !== null && (
        <div className="details">
          <h2 className="details-title">
            {nodeLabelOf(selection.id)} <span className="details-sub">outside the cluster</span>
          </h2>
        </div>
      )}
      {selection?.kind === 'node' && end !== null && end.kind !== 'namespace' && (
        <PathList id={selection.id} />
      )}
      {end === null && (
        <p className="panel-hint">
          Select a workload to see its labels, ports and every path in and out of it. Click a line
          on the canvas to see why that traffic is allowed or blocked.
        </p>
      )}
    </section>
  );
}
