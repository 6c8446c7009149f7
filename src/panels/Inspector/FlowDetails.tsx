import { useMemo } from 'react';
import { explainVerdict } from '../../engine';
import type { Explanation } from '../../engine';
import {
  edgeIdParse,
  nodeLabelOf,
  pathsBetweenNodes,
  selectViewDoc,
  selectFlowGroups,
  useEditorApi,
  useEditorStore,
  walkRequestOf,
} from '../../store';
import type { WalkRequest } from '../../store';
import { ExplanationView } from './ExplanationView';
import { RuleList } from './RuleList';

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
  const { source = '', target = '' } = edgeIdParse(id) ?? {};
  const explanations = useMemo((): { e: Explanation; walk: WalkRequest | null }[] => {
    const paths = pathsBetweenNodes(api.getState(), source, target);
    const samples = (group?.flows ?? []).flatMap((f) => (f.sample === null ? [] : [f.sample]));
    const verdicts = paths.length > 0 ? paths.map((p) => p.verdict) : samples.map((s) => s.verdict);
    return verdicts.map((v) => ({
      e: explainVerdict(v, doc, plugin),
      walk: walkRequestOf(doc, v.traffic),
    }));
  }, [api, doc, plugin, group, source, target]);
  const title = `${nodeLabelOf(source)} → ${nodeLabelOf(target)}`;
  const unique = [...new Map(explanations.map((x) => [x.e.summary, x])).values()];
  return (
    <div className="details" aria-label="Flow explanation">
      <h2 className="details-title">{title}</h2>
      {unique.length === 0 && (
        <p className="panel-hint">No connection to check: one end has no workload.</p>
      )}
      {unique.map(({ e, walk }) => (
        <ExplanationView key={e.summary} explanation={e} walk={walk} />
      ))}
      {group !== undefined && <RuleList flows={group.flows} />}
    </div>
  );
}
