/**
 * The React Flow edges of summary lines (`collapseLines.ts`): coloured like
 * any line by their status, labelled with what they count, with the lines
 * they stand for as the tooltip. A click opens the collapsed boxes at their
 * ends (namespaces, the group outside the cluster), which it names (see `openLine.ts`).
 */
import { namesJoin } from '../../engine';
import { OUTSIDE_GROUP_ID, lineCountsText, nodeLabelOf, nodeRefParse } from '../../store';
import type { FlowEdge } from '../reactFlowTypes';
import { SUMMARY_ARROW, arrowMarkerId } from '../edges/arrowMarkers';
import type { FlowGroup, SummaryLine } from '../../store';

/** A summary line as drawn: of a rule's lines, or of a picked workload's paths (`pathSummaries`). */
export interface DrawnSummary extends Omit<SummaryLine, 'lines'> {
  readonly lines: readonly Pick<FlowGroup, 'source' | 'target' | 'status'>[];
}

/** More summary lines than this, and they are quiet: labelled only while they touch the selection. */
const LABELLED = 12;

/** At most this many of the lines a summary stands for are named in its tooltip. */
const LISTED = 12;

/**
 * What a click on the summary opens, by name: its ends that are boxes ("namespace shop",
 * "Outside the cluster", "namespace shop and Outside the cluster"), the group outside the cluster
 * named as the group it is, never as a namespace.
 */
function boxesOf(summary: Pick<DrawnSummary, 'source' | 'target'>): string {
  const boxes = [summary.source, summary.target].filter(
    (id) => id === OUTSIDE_GROUP_ID || nodeRefParse(id)?.kind === 'namespace',
  );
  return namesJoin(boxes.map(nodeLabelOf));
}

function tooltipOf(summary: DrawnSummary, boxes: string): string {
  const listed = summary.lines.slice(0, LISTED).map((line) => {
    const status = line.status === 'partial' ? 'partly blocked' : line.status;
    return `${nodeLabelOf(line.source)} → ${nodeLabelOf(line.target)}: ${status}`;
  });
  const more = summary.lines.length - listed.length;
  if (more > 0) listed.push(`… and ${String(more)} more`);
  listed.push(`Click to expand ${boxes}.`);
  return listed.join('\n');
}

export function summaryEdges(
  summaries: readonly DrawnSummary[],
  selectedNodeId: string | null,
): FlowEdge[] {
  const many = summaries.length > LABELLED;
  return summaries.map((summary): FlowEdge => {
    const { id, source, target, status } = summary;
    const from = nodeLabelOf(source);
    const to = nodeLabelOf(target);
    const text = lineCountsText(summary);
    const boxes = boxesOf(summary);
    const touches = selectedNodeId === source || selectedNodeId === target;
    return {
      id,
      type: 'flow',
      source,
      target,
      ariaLabel: `Summary ${from} to ${to}: ${text}. Expands ${boxes}`,
      markerEnd: arrowMarkerId(status, SUMMARY_ARROW),
      zIndex: touches ? 2 : 1,
      data: {
        status,
        from,
        to,
        ports: text,
        reason: tooltipOf(summary, boxes),
        emphasis: touches,
        path: false,
        changed: false,
        summary: true,
        ...(many ? { quiet: true as const } : {}),
      },
    };
  });
}
