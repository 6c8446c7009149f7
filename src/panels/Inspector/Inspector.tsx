import { nodeRefParse, selectSelection, useEditorStore } from '../../store';
import { WorkloadDetails } from './WorkloadDetails';
import '../panels.css';

/** What is selected: a workload's details and paths, or a flow's explanation. */
export function Inspector() {
  const selection = useEditorStore(selectSelection);
  const ref = selection?.kind === 'node' ? nodeRefParse(selection.id) : null;
  return (
    <section className="panel" aria-label="Inspector">
      {ref?.kind === 'workload' ? (
        <WorkloadDetails namespace={ref.namespace} name={ref.name} />
      ) : (
        <p className="panel-hint">
          Select a workload to see its labels, ports and every path in and out of it. Click a line
          on the canvas to see why that traffic is allowed or blocked.
        </p>
      )}
    </section>
  );
}
