import { useId, useState } from 'react';
import { useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { importSources } from './import/importSources';
import { Modal } from './Modal';

const selectImporting = (s: EditorState) => s.importing !== null;

/** Paste YAML (what `kubectl get netpol,pods,ns -A -o yaml` printed, or a saved design). */
export function PasteDialog() {
  const api = useEditorApi();
  const [text, setText] = useState('');
  const id = useId();
  const importing = useEditorStore(selectImporting);
  const close = () => {
    api.getState().openDialog(null);
  };
  // The dialog stays open, with the text, until the design is in: on a mistake the user can fix it.
  const submit = async () => {
    if (await importSources(api, [{ name: 'pasted YAML', text }])) close();
  };
  return (
    <Modal
      title="Paste YAML"
      onClose={close}
      actions={
        <button
          type="button"
          className="is-primary"
          onClick={() => void submit()}
          disabled={text.trim() === '' || importing}
        >
          {importing ? 'Importing…' : 'Import'}
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
