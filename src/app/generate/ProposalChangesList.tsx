import { endKey, endLabel, portText } from '../../engine';
import type {
  ChangeCounts,
  ChangedPair,
  ChangedPort,
  Proposal,
  ProposalChanges,
} from '../../engine';
import { plural } from '../../engine';

/** Pairs listed; the rest are counted. */
const MAX_PAIRS = 6;

function portsText(ports: readonly ChangedPort[]): string {
  return ports.map((p) => portText(p)).join(', ');
}

function pairLine(pair: ChangedPair): string {
  const parts = [
    pair.newlyBlocked.length > 0 ? `blocked ${portsText(pair.newlyBlocked)}` : '',
    pair.newlyAllowed.length > 0 ? `allowed ${portsText(pair.newlyAllowed)}` : '',
  ].filter((p) => p !== '');
  return `${endLabel(pair.from)} → ${endLabel(pair.to)}: ${parts.join('; ')}`;
}

function countsText(where: string, counts: ChangeCounts): string {
  const become = (n: number) => (n === 1 ? 'becomes' : 'become');
  return (
    `${where}, ${plural(counts.newlyBlocked, 'connection')} open now ` +
    `${become(counts.newlyBlocked)} blocked; ${plural(counts.newlyAllowed, 'connection')} ` +
    `blocked now ${become(counts.newlyAllowed)} allowed.`
  );
}

/** What the flows add to the design: workloads, namespaces and addresses it lacked. */
function addedText(added: Proposal['added']): string | null {
  const parts = [
    added.workloads.length > 0 ? plural(added.workloads.length, 'workload') : '',
    added.namespaces.length > 0 ? plural(added.namespaces.length, 'namespace') : '',
    added.externals.length > 0
      ? plural(
          added.externals.length,
          'address outside the cluster',
          'addresses outside the cluster',
        )
      : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return null;
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `It also adds ${list ?? ''} that the flows name and the design lacks.`;
}

interface Props {
  readonly proposal: Proposal;
  /** null while it is being worked out. */
  readonly changes: ProposalChanges | null;
}

/**
 * "What changes": every connection the proposal opens or closes, between
 * workloads and with addresses outside the cluster, counted apart and listed
 * by pair (those with something newly blocked first), and what it adds.
 */
export function ProposalChangesList({ proposal, changes }: Props) {
  const added = addedText(proposal.added);
  if (changes === null) {
    return (
      <p role="status" aria-busy="true" className="app-generate-working">
        Comparing every connection before and after…
      </p>
    );
  }
  const { pairs, pairCount } = changes;
  return (
    <>
      <p>
        {countsText('Between workloads', changes.between)}{' '}
        {countsText('With addresses outside the cluster', changes.outside)}
        {added !== null ? ` ${added}` : ''}
      </p>
      {pairs.length > 0 && (
        <ul className="app-generate-list" aria-label="Changed connections">
          {pairs.slice(0, MAX_PAIRS).map((pair) => (
            <li key={`${endKey(pair.from)}>${endKey(pair.to)}`}>{pairLine(pair)}</li>
          ))}
          {pairCount > MAX_PAIRS && <li>and {plural(pairCount - MAX_PAIRS, 'more pair')}</li>}
        </ul>
      )}
    </>
  );
}
