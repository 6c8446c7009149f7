/**
 * A connectivity diff as people read it, in `netpol-canvas diff` (text and Markdown) and in
 * the app's Compare panel: one row per source, destination and direction of change, the
 * ports that changed for the same reasons on one row.
 */
import type { PodKey } from '../../model';
import { portText } from '../text/portText';
import type { ConnectivityDiff, PortProtocol } from './connectivityDiff';
import { ruleChangeText } from './connectivityDiff';
import type { Evaluated } from './types';

export interface DiffRow {
  readonly from: PodKey;
  readonly to: PodKey;
  readonly allowed: boolean;
  /** `TCP 80, TCP 3306` */
  readonly ports: string;
  /** `prod/db-policy no longer isolates for ingress; …` */
  readonly because: string;
}

export function diffRows(diff: ConnectivityDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const pair of diff.pairs) {
    for (const changes of [pair.newlyAllowed, pair.newlyBlocked]) {
      const byReason = new Map<string, { allowed: boolean; ports: PortProtocol[] }>();
      for (const change of changes) {
        const because = change.because.map(ruleChangeText).join('; ');
        const row = byReason.get(because) ?? { allowed: change.allowed, ports: [] };
        row.ports.push(change);
        byReason.set(because, row);
      }
      for (const [because, row] of byReason) {
        rows.push({
          from: pair.from,
          to: pair.to,
          allowed: row.allowed,
          ports: row.ports.map((p) => portText(p)).join(', '),
          because,
        });
      }
    }
  }
  return rows;
}

/** `14 newly allowed, 0 newly blocked (5 workloads, 3 ports compared)`. */
export function diffSummary(diff: ConnectivityDiff, workloads: number): string {
  const ports = diff.compared.length;
  return (
    `${diff.newlyAllowed} newly allowed, ${diff.newlyBlocked} newly blocked ` +
    `(${workloads} workload${workloads === 1 ? '' : 's'} and ` +
    `${ports} port${ports === 1 ? '' : 's'} compared)`
  );
}

/** `Workloads added: a, b`-style lines for what is on one side only (none when nothing is). */
export function oneSideLines(diff: ConnectivityDiff): { label: string; names: string[] }[] {
  const lists = [
    { label: 'Namespaces added', names: [...diff.namespaces.added] },
    { label: 'Namespaces removed', names: [...diff.namespaces.removed] },
    { label: 'Workloads added', names: [...diff.workloads.added] },
    { label: 'Workloads removed', names: [...diff.workloads.removed] },
    { label: 'Ports no pod declared before', names: diff.ports.added.map((p) => portText(p)) },
    { label: 'Ports no pod declares now', names: diff.ports.removed.map((p) => portText(p)) },
  ];
  return lists.filter((l) => l.names.length > 0);
}

/** How many workloads the diff compared: those present in both versions. */
export function workloadsInBoth(before: Evaluated, after: Evaluated): number {
  const had = new Set(before.index.pods);
  return after.index.pods.filter((k) => had.has(k)).length;
}
