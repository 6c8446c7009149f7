import { useMemo } from 'react';
import { explainVerdict, linePortsText, pathVerdicts } from '../../engine';
import type { Explanation } from '../../engine';
import {
  edgeIdParse,
  nodeLabelOf,
  pathsBetweenNodes,
  selectViewDoc,
  selectFlowGroups,
  selectLineSamples,
  useEditorApi,
  useEditorStore,
  walkRequestOf,
} from '../../store';
import type { FlowGroup, WalkRequest } from '../../store';
import { ExplanationView } from './ExplanationView';
import { RuleList } from './RuleList';
import { ShowOnCanvasButton } from './ShowOnCanvasButton';

/**
 * What the line's label says, every port by number (the label counts a port
 * the pods it leads to name alike: `TCP metrics (20 ports)`); on a blocked
 * line, the ports its rules name.
 */
function LinePorts({ group }: { group: FlowGroup }) {
  const status = group.unenforced ?? group.status;
  return (
    <dl className="details-list">
      <dt>{status === 'blocked' ? 'Ports of rules' : 'Ports'}</dt>
      <dd>{linePortsText(group.flows, status, { inFull: true })}</dd>
    </dl>
  );
}

/**
 * A line of the canvas: each connection it stands for explained (per port of
 * the destination), and the rules behind it, which can be removed.
 */
export function FlowDetails({ id }: { id: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectViewDoc);
  const plugin = useEditorStore((s) => s.networkPlugin);
  const groups = useEditorStore(selectFlowGroups);
  const group = groups.find((g) => g.id === id);
  // null while the derivation worker has not sent them (it keeps them until a line is opened).
  const samples = useEditorStore((s) => selectLineSamples(s, id));
  const { source = '', target = '' } = edgeIdParse(id) ?? {};
  const { explanations, waiting } = useMemo(() => {
    const paths = pathsBetweenNodes(api.getState(), source, target);
    const verdicts =
      paths.length > 0 ? paths.flatMap(pathVerdicts) : (samples ?? []).map((s) => s.verdict);
    const explained = verdicts.map((v): { e: Explanation; walk: WalkRequest | null } => ({
      e: explainVerdict(v, doc, plugin),
      walk: walkRequestOf(doc, v.traffic),
    }));
    return { explanations: explained, waiting: paths.length === 0 && samples === null };
  }, [api, doc, plugin, samples, source, target]);
  const title = `${nodeLabelOf(source)} → ${nodeLabelOf(target)}`;
  const unique = [...new Map(explanations.map((x) => [x.e.summary, x])).values()];
  return (
    <div className="details" aria-label="Flow explanation">
      <h2 className="details-title">{title}</h2>
      <ShowOnCanvasButton ids={[source, target]} what="this line" />
      {group !== undefined && <LinePorts group={group} />}
      {waiting && <p className="panel-hint">Checking the connection…</p>}
      {unique.length === 0 && !waiting && (
        <p className="panel-hint">No connection to check: one end has no workload.</p>
      )}
      {unique.map(({ e, walk }) => (
        <ExplanationView key={e.summary} explanation={e} walk={walk} />
      ))}
      {group !== undefined && <RuleList flows={group.flows} />}
    </div>
  );
}
