import { useMemo, useState } from 'react';
import { portText } from '../../engine';
import { NameBreaks } from './NameBreaks';
import {
  filterAmong,
  namespacesOf,
  noMatchText,
  nodeIdOfEnd,
  selectTrafficCurrent,
  selectTrafficShown,
  trafficRowNamespace,
  trafficTableFiltered,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState, TableFilter, TrafficTableShown } from '../../store';
import '../panels.css';
import { NotEnforcedNote } from '../NotEnforcedNote';
import { TableFilterFields } from '../TableFilter/TableFilterFields';
import '../LessonPanel/lesson.css';

/** Past this many rows (a lesson has a handful), the table offers a filter. */
const FILTERED_PAST = 20;
/** The rows drawn before "Show all": drawing a large design's thousands took seconds. */
const ROWS_DRAWN = 60;

const NO_FILTER: TableFilter = { text: '', namespace: null };
const NO_TABLE: TrafficTableShown = { rows: [], notes: [] };
const selectTrafficFilter = (s: EditorState) => s.trafficFilter;

/**
 * The traffic table for the current design, generated live: each connection
 * a rule allows, written at both ends (egress where it starts, ingress where it
 * arrives), then the workloads no policy isolates. A large design's is worked out in the
 * background: until it comes the panel says so, and after an edit the table before it stays
 * on show, marked as updating.
 */
export function TrafficTable() {
  const api = useEditorApi();
  const answer = useEditorStore(selectTrafficShown);
  const current = useEditorStore(selectTrafficCurrent);
  const table = answer ?? NO_TABLE;
  const wanted = useEditorStore(selectTrafficFilter);
  const [all, setAll] = useState(false);
  const namespaces = useMemo(() => namespacesOf(table.rows.map(trafficRowNamespace)), [table]);
  const long = table.rows.length > FILTERED_PAST;
  // A namespace gone from the design (an edit) filters nothing; a short table, nothing at all.
  const filter = useMemo(
    () => (long ? filterAmong(wanted, namespaces) : NO_FILTER),
    [long, wanted, namespaces],
  );
  const shown = useMemo(() => trafficTableFiltered(table, filter), [table, filter]);
  const { notes } = shown;
  const rows = all ? shown.rows : shown.rows.slice(0, ROWS_DRAWN);
  const hidden = shown.rows.length - rows.length;
  return (
    <section className="panel" aria-label="Traffic table">
      <NotEnforcedNote then="The table lists what the policies allow on a cluster that enforces them." />
      {long && (
        <div className="traffic-filter">
          <TableFilterFields
            what="connections"
            filter={filter}
            namespaces={namespaces}
            placeholder="a workload, a port, ingress…"
            onChange={(change) => {
              api.getState().setTrafficFilter({ ...filter, ...change });
            }}
          />
        </div>
      )}
      {answer === null ? (
        <p className="panel-hint" role="status">
          Working out the traffic the policies allow…
        </p>
      ) : (
        !current && (
          <p className="panel-hint" role="status">
            Updating the table for your last change…
          </p>
        )
      )}
      {answer === null ? null : table.rows.length === 0 ? (
        <p className="panel-hint">
          No rule allows any connection yet: every workload takes the defaults below.
        </p>
      ) : shown.rows.length === 0 ? (
        <p className="panel-hint">{noMatchText('connection', filter)}</p>
      ) : (
        <table className="traffic-table" aria-busy={!current}>
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
            {rows.map((row) => (
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
      {hidden > 0 && (
        <button
          type="button"
          className="traffic-more"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {shown.rows.length} rows
        </button>
      )}
      {notes.length > 0 && (
        <ul className="traffic-notes" aria-label="Not isolated">
          {notes.map((note) => (
            <li key={`${note.component}|${note.direction}`}>{note.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
