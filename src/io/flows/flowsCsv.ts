/**
 * One line of a CSV of connections, header optional, `#` comments and blank
 * lines skipped:
 *
 * ```csv
 * src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol
 * shop,web-7c9d5-abcde,shop,api-0,8080,TCP
 * shop,api-0,,203.0.113.9,443,TCP
 * ```
 *
 * An end that is an IP is an address (the generator maps it to a pod that has
 * it); otherwise a pod in its namespace (`default` when empty). The protocol
 * defaults to TCP; ICMP is counted and left out.
 */
import type { ObservedEnd, Protocol } from '../../model';
import { PROTOCOLS, namespaceOrDefault } from '../../model';
import type { FlowLine } from './flowLine';
import { ipCanonical } from '../../engine';
import { portNumber } from './flowLine';
import type { FlowProblem } from './hubbleFlow';

export const CSV_COLUMNS = [
  'src_namespace',
  'src_pod_or_ip',
  'dst_namespace',
  'dst_pod_or_ip',
  'port',
  'protocol',
] as const;

function cells(lineText: string): string[] {
  return lineText.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** True for the header line (`src_namespace,...`). */
export function csvIsHeader(lineText: string): boolean {
  return cells(lineText)[0]?.toLowerCase() === CSV_COLUMNS[0];
}

function endOf(namespace: string, podOrIp: string): ObservedEnd | null {
  if (podOrIp === '') return null;
  const ip = ipCanonical(podOrIp);
  if (ip !== null) return { kind: 'ip', ip };
  return { kind: 'pod', namespace: namespaceOrDefault(namespace), pod: podOrIp };
}

export function csvFlowRead(lineText: string, line: number): FlowLine | FlowProblem {
  const row = cells(lineText);
  if (row.length !== CSV_COLUMNS.length) {
    return {
      problem: `${row.length} columns where ${CSV_COLUMNS.length} are expected (${CSV_COLUMNS.join(',')})`,
      line,
    };
  }
  const [srcNamespace = '', src = '', dstNamespace = '', dst = '', portText = '', proto = ''] = row;
  const protocol = proto === '' ? 'TCP' : proto.toUpperCase();
  if (protocol === 'ICMP' || protocol === 'ICMPV6') return { kind: 'icmp', line };
  const known = PROTOCOLS.find((p) => p === protocol);
  if (known === undefined) return { problem: `protocol ${proto}: not TCP, UDP or SCTP`, line };
  const port = portNumber(portText);
  if (port === null) return { problem: `port ${portText}: not a number from 1 to 65535`, line };
  const from = endOf(srcNamespace, src);
  if (from === null) return { problem: 'src_pod_or_ip is empty', line };
  const to = endOf(dstNamespace, dst);
  if (to === null) return { problem: 'dst_pod_or_ip is empty', line };
  return { kind: 'flow', from, to, port, protocol: known satisfies Protocol, line };
}
