import { useState } from 'react';
import { allowFlow } from '../engine';
import type { FlowPort } from '../engine';
import type { Protocol } from '../model';
import { PROTOCOLS } from '../model';
import { nodeLabelOf, nodeRefParse, useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { changesText } from './changesText';
import { portChoicesOf, typedPort } from './flowPorts';
import { Modal } from './Modal';

const selectDraft = (s: EditorState) => s.flowDraft;
const selectDoc = (s: EditorState) => s.doc;

/** Drawing a flow: pick its ports, then the rules that allow it are written. */
export function FlowDialog() {
  const api = useEditorApi();
  const draft = useEditorStore(selectDraft);
  const doc = useEditorStore(selectDoc);
  const from = draft === null ? null : nodeRefParse(draft.from);
  const to = draft === null ? null : nodeRefParse(draft.to);
  const choices = portChoicesOf(doc, to);
  const [picked, setPicked] = useState<ReadonlySet<string>>(
    () => new Set(choices.slice(0, 1).map((c) => c.key)),
  );
  const [typed, setTyped] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('TCP');
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    api.getState().openDialog(null);
  };
  if (draft === null || from === null || to === null) return null;
  const title = `Allow ${nodeLabelOf(draft.from)} → ${nodeLabelOf(draft.to)}`;
  const submit = () => {
    const ports: FlowPort[] = choices.filter((c) => picked.has(c.key)).map((c) => c.port);
    if (typed.trim() !== '') {
      const port = typedPort(typed, protocol);
      if (port === null) {
        setProblem('Type a port number (1-65535) or a range such as 32000-32768.');
        return;
      }
      ports.push(port);
    }
    const state = api.getState();
    const flow = { from, to, ports };
    const result = allowFlow(state.doc, flow);
    if (result.doc === state.doc) {
      setProblem(result.reason ?? 'Nothing to write: this traffic is already allowed.');
      return;
    }
    state.dispatch({ type: 'allowFlow', flow });
    state.notify({
      tone: 'info',
      text: changesText(title.replace('Allow ', 'Allowed '), result.changes),
      doc: api.getState().doc,
    });
    close();
  };
  return (
    <Modal
      title={title}
      onClose={close}
      actions={
        <button type="button" className="is-primary" onClick={submit}>
          Allow
        </button>
      }
    >
      <p>
        The rules that allow this traffic are written for you: an ingress rule at the destination
        and, when the source is isolated for egress, an egress rule at the source.
      </p>
      {choices.length > 0 && (
        <fieldset className="flow-ports">
          <legend>Ports of {nodeLabelOf(draft.to)}</legend>
          {choices.map((c) => (
            <label key={c.key}>
              <input
                type="checkbox"
                checked={picked.has(c.key)}
                onChange={(e) => {
                  const next = new Set(picked);
                  if (e.target.checked) next.add(c.key);
                  else next.delete(c.key);
                  setPicked(next);
                }}
              />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
      )}
      <div className="flow-typed">
        <label htmlFor="flow-port">{choices.length > 0 ? 'Another port' : 'Port'}</label>
        <input
          id="flow-port"
          value={typed}
          inputMode="numeric"
          placeholder="e.g. 5000 (empty with nothing ticked: every port)"
          onChange={(e) => {
            setTyped(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') submit();
          }}
        />
        <label htmlFor="flow-protocol">Protocol</label>
        <select
          id="flow-protocol"
          value={protocol}
          onChange={(e) => {
            setProtocol(e.target.value as Protocol);
          }}
        >
          {PROTOCOLS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </div>
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </Modal>
  );
}
