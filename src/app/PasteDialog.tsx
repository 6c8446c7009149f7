import { useId, useState } from 'react';
import { useEditorApi } from '../store';
import { importSources } from './importSources';
import { Modal } from './Modal';

/** Paste YAML (what `kubectl get netpol,pods,ns -A -o yaml` printed, or a saved design). */
export function PasteDialog() {
  const api = useEditorApi();
  const [text, setText] = useState('');
  const id = useId();
  const close = () => {
    api.getState().openDialog(null);
  };
  const submit = () => {
    if (importSources(api, [{ name: 'pasted YAML', text }])) close();
  };
  return (
    <Modal
      title="Paste YAML"
      onClose={close}
      actions={
        <button type="button" className="is-primary" onClick={submit} disabled={text.trim() === ''}>
          Import
        </button>
      }
    >
      <label htmlFor={id}>
        NetworkPolicies, namespaces and workloads — for example what{' '}
        <code>kubectl get netpol,pods,deploy,ns -A -o yaml</code> printed. It replaces the current
        design (Undo brings it back).
      </label>
      <textarea
        id={id}
        className="app-paste"
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
        }}
        rows={16}
      />
    </Modal>
  );
}
