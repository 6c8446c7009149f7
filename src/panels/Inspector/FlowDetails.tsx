import { useMemo } from 'react';
import { explainVerdict } from '../../engine';
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
import type { WalkRequest } from '../../store';
import { ExplanationView } from './ExplanationView';
import { RuleList } from './RuleList';
import { ShowOnCanvasButton } from './ShowOnCanvasButton';

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
      paths.length > 0 ? paths.map((p) => p.verdict) : (samples ?? []).map((s) => s.verdict);
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
