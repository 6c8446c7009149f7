import { PROTOCOLS } from '../../../model';
import { focusDraws, focusWithConnection, focusWithDrawn, lessonPortOf } from '../../../workshop';
import type {
  LessonConnection,
  LessonFocus,
  LessonNodeChoice,
  LessonStep,
} from '../../../workshop';
import { useEditorApi } from '../../../store';
import { PortField } from './PortField';

const NONE = '';

/** The connection a step is about: from, to, port and protocol, and whether it is drawn. */
export function StepConnection({
  index,
  step,
  ends,
}: {
  index: number;
  step: LessonStep;
  ends: readonly LessonNodeChoice[];
}) {
  const api = useEditorApi();
  const { focus, doc } = step;
  const { connection } = focus;
  const setFocus = (next: LessonFocus) => {
    api.getState().editAuthoring({ type: 'setStepFocus', index, focus: next });
  };
  const setConnection = (next: LessonConnection | null) => {
    setFocus(focusWithConnection(focus, next));
  };
  const setEnd = (side: 'from' | 'to', value: string) => {
    if (value === NONE) {
      setConnection(null);
      return;
    }
    const other = side === 'from' ? connection?.to : connection?.from;
    const otherEnd = other ?? ends.find((c) => c.value !== value)?.value ?? value;
    const from = side === 'from' ? value : otherEnd;
    const to = side === 'to' ? value : otherEnd;
    const port = connection?.to === to ? connection : lessonPortOf(doc, to);
    setConnection({ from, to, port: port.port, protocol: port.protocol });
  };
  const endSelect = (side: 'from' | 'to') => (
    <select
      value={connection?.[side] ?? NONE}
      onChange={(e) => {
        setEnd(side, e.target.value);
      }}
    >
      <option value={NONE}>(none)</option>
      {ends.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="lesson-editor-connection">
      <legend>The connection it is about</legend>
      <label>
        From
        {endSelect('from')}
      </label>
      <label>
        To
        {endSelect('to')}
      </label>
      {connection !== undefined && (
        <>
          <PortField
            key={connection.to}
            port={connection.port}
            onPort={(port) => {
              setConnection({ ...connection, port });
            }}
          />
          <label>
            Protocol
            <select
              value={connection.protocol}
              onChange={(e) => {
                const protocol = PROTOCOLS.find((p) => p === e.target.value);
                if (protocol !== undefined) setConnection({ ...connection, protocol });
              }}
            >
              {PROTOCOLS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label className="lesson-editor-draw">
            <input
              type="checkbox"
              checked={focusDraws(focus)}
              onChange={(e) => {
                setFocus(focusWithDrawn(focus, e.target.checked));
              }}
            />
            Draw it as a line, even where no rule makes one
          </label>
        </>
      )}
    </fieldset>
  );
}
