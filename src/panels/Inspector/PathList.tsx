import { useCallback } from 'react';
import { endLabel, enforces, portText } from '../../engine';
import type { Path } from '../../engine';
import {
  edgeIdOfEnds,
  notEnforcedReason,
  pathsOfNode,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';

function PathRows({
  title,
  paths,
  focus,
}: {
  title: string;
  paths: readonly Path[];
  focus: string;
}) {
  const api = useEditorApi();
  const plugin = useEditorStore((s) => s.networkPlugin);
  const enforced = enforces(plugin);
  if (paths.length === 0) return null;
  return (
    <section className="paths">
      <h3>{title}</h3>
      <ul>
        {paths.map((p) => {
          const text = `${endLabel(p.from)} → ${endLabel(p.to)} ${portText(p)}`;
          // With a plugin that does not enforce, what the policies block still gets through.
          const unenforced = !p.allowed && !enforced;
          const tone = p.allowed ? 'is-allowed' : unenforced ? 'is-unenforced' : 'is-blocked';
          return (
            <li key={p.id}>
              <button
                type="button"
                className={`path ${tone}`}
                title={unenforced ? notEnforcedReason(p.reason, plugin) : p.reason}
                onClick={() => {
                  const id = edgeIdOfEnds(p.from, p.to);
                  api.getState().select({ kind: 'flow', id, focus });
                }}
              >
                <span className="path-verdict">
                  {p.allowed || unenforced ? 'allowed' : 'blocked'}
                </span>
                <span>{text}</span>
                {unenforced && (
                  <span className="path-note">not enforced: policies would block</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Every path in and out of a node, per port, allowed or blocked; each opens its explanation. */
export function PathList({ id }: { id: string }) {
  const select = useCallback((s: EditorState) => pathsOfNode(s, id), [id]);
  const paths = useEditorStore(select);
  return (
    <div aria-label="Paths">
      <PathRows title="Outbound (it opens the connection)" paths={paths.outbound} focus={id} />
      <PathRows title="Inbound (it accepts the connection)" paths={paths.inbound} focus={id} />
    </div>
  );
}
