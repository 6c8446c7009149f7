/**
 * What a canvas line's label says: the ports that get through end to end
 * (the flows' `allowedPorts`, joined and written once), or, on a blocked
 * line, the ports its rules ask for (blocked, as its colour says).
 */
import { portSpansNormal } from '../match/portSpans';
import { portSpansText, rulePortsText } from '../text/portText';
import type { Flow } from './derive';
import type { FlowStatus } from './verdict';

function rulePorts(flows: readonly Pick<Flow, 'ports'>[]): string[] {
  return [...new Set(flows.flatMap((f) => rulePortsText(f.ports, 'short')))];
}

/**
 * The label of the line that draws `flows`, whose policies make it `status`:
 * `TCP 7070 (grpc)` for frontend → cartservice (egress every port, ingress
 * `grpc`). A line nothing was checked on (a named port its destination does
 * not declare) says so: `TCP grpc (not declared)`.
 */
export function linePortsText(
  flows: readonly Pick<Flow, 'ports' | 'allowedPorts'>[],
  status: FlowStatus,
): string {
  if (status === 'blocked') return rulePorts(flows).join(', ');
  const through = portSpansText(portSpansNormal(flows.flatMap((f) => f.allowedPorts)));
  if (through.length === 0) return `${rulePorts(flows).join(', ')} (not declared)`;
  return through.join(', ');
}
