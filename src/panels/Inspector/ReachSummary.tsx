import { Fragment, useCallback, useState } from 'react';
import { endsCountText } from '../../engine';
import { edgeIdOfEnds, nodeIdOfEnd, selectReach, useEditorApi, useEditorStore } from '../../store';
import type { EditorState, ReachPeers } from '../../store';

/**
 * Past this many peers, the rest wait behind a button ("Show 8 more"); one more peer is listed
 * rather than hidden behind a button that takes its place.
 */
const PEERS_SHOWN = 12;

function PeerList({ title, peers, focus }: { title: string; peers: ReachPeers; focus: string }) {
  const api = useEditorApi();
  const [all, setAll] = useState(false);
  const whole = all || peers.allowed.length <= PEERS_SHOWN + 1;
  const shown = whole ? peers.allowed : peers.allowed.slice(0, PEERS_SHOWN);
  const more = peers.allowed.length - shown.length;
  return (
    <section className="reach" aria-label={title}>
      <h3>
        {title}{' '}
        <span className="reach-count">
          {endsCountText(
            peers.allowed.map((p) => p.end),
            peers.ends,
          )}
        </span>
      </h3>
      {shown.length === 0 ? (
        // With nothing to reach at all, the count already says "none".
        peers.ends.length > 0 && <p className="reach-none">none</p>
      ) : (
        <ul>
          {shown.map((peer) => (
            <li key={peer.label}>
              <button
                type="button"
                className="reach-peer"
                title={`Why: open the line ${peer.label} and show it on the canvas`}
                onClick={() => {
                  const state = api.getState();
                  state.select({ kind: 'flow', id: edgeIdOfEnds(peer.from, peer.to), focus });
                  // Both ends in view (the canvas back from the Matrix), the collapsed namespace
                  // holding the other one opened, however far apart they lie.
                  state.showConnection(nodeIdOfEnd(peer.from), nodeIdOfEnd(peer.to));
                }}
              >
                <span className="reach-name">{peer.label}</span>{' '}
                <span className="reach-ports">
                  {peer.ports.map((port, i) => (
                    <Fragment key={port}>
                      {i > 0 && ', '}
                      <span className="reach-port">{port}</span>
                    </Fragment>
                  ))}
                </span>
              </button>
            </li>
          ))}
          {more > 0 && (
            <li className="reach-more">
              <button
                type="button"
                onClick={() => {
                  setAll(true);
                }}
              >
                Show {more} more
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/**
 * The answer to "who can reach it?" and "what can it reach?" at the top of a
 * workload's Inspector: the workloads and addresses its allowed paths and
 * lines join, each with its ports (a line's as its label says), each opening
 * its line's explanation, past the twelfth at a click. Every path, blocked ones too, stays in
 * the lists below.
 */
export function ReachSummary({ id }: { id: string }) {
  const select = useCallback((s: EditorState) => selectReach(s, id), [id]);
  const { inbound, outbound } = useEditorStore(select);
  if (inbound.ends.length === 0 && outbound.ends.length === 0) return null;
  return (
    <div className="reach-summary">
      <PeerList title="Accepts connections from" peers={inbound} focus={id} />
      <PeerList title="Opens connections to" peers={outbound} focus={id} />
    </div>
  );
}
