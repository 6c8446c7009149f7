import { useCallback, useState } from 'react';
import { enforces } from '../../engine';
import type { Path } from '../../engine';
import {
  edgeIdOfEnds,
  notEnforcedReason,
  pathsOfNode,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';
import { pathsCountText } from './pathsCount';
import { pathRow, pathsShown } from './pathsShown';

function PathRows({
  title,
  which,
  paths,
  focus,
}: {
  title: string;
  /** `outbound` or `inbound`: names the filter, and which end of a path is the other one. */
  which: 'outbound' | 'inbound';
  paths: readonly Path[];
  focus: string;
}) {
  const api = useEditorApi();
  const plugin = useEditorStore((s) => s.networkPlugin);
  const [words, setWords] = useState('');
  const [all, setAll] = useState(false);
  const enforced = enforces(plugin);
  if (paths.length === 0) return null;
  const shown = pathsShown(paths, { words, all, enforced });
  return (
    <section className="paths" aria-label={title}>
      <h3>{title}</h3>
      {shown.long && (
        <>
          <p className="paths-count">
            {pathsCountText(paths, which === 'inbound' ? 'from' : 'to', enforced)}
          </p>
          <input
            type="search"
            className="paths-filter"
            aria-label={`Filter ${which} paths`}
            placeholder="Filter: a name, a port, blocked…"
            spellCheck={false}
            value={words}
            onChange={(e) => {
              setWords(e.target.value);
            }}
          />
        </>
      )}
      {shown.rows.length === 0 && <p className="paths-count">No path matches '{words}'.</p>}
      <ul>
        {shown.rows.map((p) => {
          const { word, tone, text } = pathRow(p, enforced);
          const unenforced = tone === 'unenforced';
          return (
            <li key={p.id}>
              <button
                type="button"
                className={`path is-${tone}`}
                title={unenforced ? notEnforcedReason(p.reason, plugin) : p.reason}
                onClick={() => {
                  const id = edgeIdOfEnds(p.from, p.to);
                  api.getState().select({ kind: 'flow', id, focus });
                }}
              >
                <span className="path-verdict">{word}</span>
                <span>{text}</span>
                {unenforced && (
                  <span className="path-note">not enforced: policies would block</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.hidden > 0 && (
        <button
          type="button"
          className="paths-more"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {shown.matching} {which} paths ({shown.hidden} more)
        </button>
      )}
    </section>
  );
}

/**
 * Every path in and out of a node, per port, allowed or blocked; each opens
 * its explanation. A long list shows its first rows, a count and a filter:
 * a workload of a large cluster can have hundreds of paths, and drawing them
 * all made picking it slow.
 */
export function PathList({ id }: { id: string }) {
  const select = useCallback((s: EditorState) => pathsOfNode(s, id), [id]);
  const paths = useEditorStore(select);
  return (
    <div aria-label="Paths" key={id}>
      <PathRows
        title="Outbound (it opens the connection)"
        which="outbound"
        paths={paths.outbound}
        focus={id}
      />
      <PathRows
        title="Inbound (it accepts the connection)"
        which="inbound"
        paths={paths.inbound}
        focus={id}
      />
    </div>
  );
}
