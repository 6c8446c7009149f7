import { portText } from '../../engine';
import { NameBreaks } from './NameBreaks';
import { nodeIdOfEnd, selectTrafficTable, useEditorApi, useEditorStore } from '../../store';
import '../panels.css';
import { NotEnforcedNote } from '../NotEnforcedNote';
import '../LessonPanel/lesson.css';

/**
 * The traffic table for the current design, generated live: each connection
 * a rule allows, written at both ends (egress where it starts, ingress where it
 * arrives), then the workloads no policy isolates.
 */
export function TrafficTable() {
  const api = useEditorApi();
  const table = useEditorStore(selectTrafficTable);
  return (
    <section className="panel" aria-label="Traffic table">
      <NotEnforcedNote then="The table lists what the policies allow on a cluster that enforces them." />
      {table.rows.length === 0 ? (
        <p className="panel-hint">
          No rule allows any connection yet: every workload takes the defaults below.
        </p>
      ) : (
        <table className="traffic-table">
          <caption>Traffic the policies allow</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Traffic</th>
              <th scope="col">Port</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr
                key={`${row.component}|${row.direction}|${row.protocol}/${row.port}|${String(row.byDefault)}`}
                className={row.byDefault ? 'is-default' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="traffic-component"
                    title={`Show ${row.component} on the canvas`}
                    onClick={() => {
                      const id = nodeIdOfEnd(row.node);
                      api.getState().select({ kind: 'node', id });
                      api.getState().showOnCanvas([id]);
                    }}
                  >
                    <NameBreaks text={row.component} />
                  </button>
                </th>
                <td>
                  <span className={`traffic-direction is-${row.direction}`}>{row.direction}</span>
                </td>
                <td className="traffic-port">{portText(row)}</td>
                <td>
                  <NameBreaks text={row.meaning} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table.notes.length > 0 && (
        <ul className="traffic-notes" aria-label="Not isolated">
          {table.notes.map((note) => (
            <li key={`${note.component}|${note.direction}`}>{note.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
