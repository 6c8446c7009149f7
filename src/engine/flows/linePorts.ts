/**
 * What a canvas line's label says: the ports that get through end to end
 * (the flows' `allowedPorts`, joined and written once), or, on a blocked
 * line, the ports its rules ask for (blocked, as its colour says).
 */
import { portSpansNormal } from '../match/portSpans';
import { portSpansText, rulePortsText } from '../text/portText';
import type { PortSpansTextOptions } from '../text/portText';

export interface LinePortsTextOptions extends PortSpansTextOptions {
  /** At most this many ports, then how many more: `TCP 80 and 3 more` (a label short of room). */
  readonly atMost?: number;
}

/** `texts` joined, the first `atMost` of them and how many more when there are more. */
function listed(texts: readonly string[], atMost = Infinity): string {
  if (texts.length <= atMost) return texts.join(', ');
  return `${texts.slice(0, atMost).join(', ')} and ${String(texts.length - atMost)} more`;
}
import type { Flow } from './derive';
import type { FlowStatus } from './verdict';

function rulePorts(flows: readonly Pick<Flow, 'ports'>[]): string[] {
  return [...new Set(flows.flatMap((f) => rulePortsText(f.ports, 'short')))];
}

/** Whether a rule of `flows` names its port (`{port: grpc}`), which only a destination declares. */
function namesAPort(flows: readonly Pick<Flow, 'ports'>[]): boolean {
  return flows.some((f) => f.ports.some((p) => typeof p.port === 'string'));
}

/**
 * The label of the line that draws `flows`, whose policies make it `status`:
 * `TCP 7070 (grpc)` for frontend → cartservice (egress every port, ingress
 * `grpc`). On a line nothing was checked on, the ports its rules give: a
 * named port its destination does not declare says so (`TCP grpc (not
 * declared)`); a line with no pod to check at one end (a namespace of
 * policies alone, or only the workload itself) says them as written (`all
 * ports` from every namespace to web, whose namespace holds web alone).
 * A port named alike on many pods reads once, counted (`TCP metrics (20
 * ports)`), unless `inFull` (the line's tooltip and Inspector list each);
 * `atMost` keeps the first ports and counts the others (`TCP 80 and 3 more`).
 */
export function linePortsText(
  flows: readonly LineFlow[],
  status: FlowStatus,
  options: LinePortsTextOptions = {},
): string {
  return listed(linePorts(flows, status)(options.inFull === true), options.atMost);
}

/** What a line's label may say, each way at once (the line's ports worked out once). */
export interface LinePortsTexts {
  /** On the line: `linePortsText`. */
  readonly ports: string;
  /** Every port by number (its tooltip, the Inspector): with `inFull`. */
  readonly inFull: string;
  /** Short of room: the first port and how many more (`atMost: 1`). */
  readonly short: string;
}

export function linePortsTexts(flows: readonly LineFlow[], status: FlowStatus): LinePortsTexts {
  const texts = linePorts(flows, status);
  const counted = texts(false);
  return { ports: listed(counted), inFull: listed(texts(true)), short: listed(counted, 1) };
}

type LineFlow = Pick<Flow, 'ports' | 'allowedPorts'>;

/** The ports of a line, one text each, counted or `inFull` (see `linePortsText`). */
function linePorts(flows: readonly LineFlow[], status: FlowStatus): (inFull: boolean) => string[] {
  if (status === 'blocked') {
    const asked = rulePorts(flows);
    return () => asked;
  }
  const spans = portSpansNormal(flows.flatMap((f) => f.allowedPorts));
  const through = portSpansText(spans);
  if (through.length > 0) return (inFull) => (inFull ? portSpansText(spans, { inFull }) : through);
  const asked = rulePorts(flows).join(', ');
  const text = namesAPort(flows) ? `${asked} (not declared)` : asked;
  return () => [text];
}
