import { useEffect, useRef, useState } from 'react';
import type { SavedCopy } from '../../store';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { Modal } from '../Modal';
import { comparedDesignRead } from './comparedDesignRead';
import './compareDialog.css';

const selectSavedCopy = (s: EditorState) => s.savedCopy;

const HOW: Readonly<Record<SavedCopy['how'], string>> = {
  saved: 'as you last saved it',
  opened: 'as you last opened it',
  loaded: 'as it was when this page opened',
};

/** `shop-production, as you last saved it (15:42)`. */
function savedCopyText(copy: SavedCopy): string {
  const time = new Date(copy.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${copy.doc.title ?? 'The design'}, ${HOW[copy.how]} (${time})`;
}

/**
 * Compare with…: the design on screen (after) with a file or with the last saved
 * design (before). A file is read as Open file reads it; what is wrong with it is
 * said here and in the status line, and the design on screen stays as it is.
 */
export function CompareDialog() {
  const api = useEditorApi();
  const saved = useEditorStore(selectSavedCopy);
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      running.current?.abort();
    },
    [],
  );
  const close = () => {
    api.getState().openDialog(null);
  };
  const readFiles = async (files: readonly File[]) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setReading(files.map((f) => f.name).join(', '));
    try {
      const sources = await Promise.all(
        files.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      const read = await comparedDesignRead(sources, controller.signal);
      if (running.current !== controller) return;
      const state = api.getState();
      if (!read.ok) {
        setError(read.error);
        state.notify({ tone: 'error', text: read.error });
        return;
      }
      state.compareWith(read.design);
      state.notify({ tone: 'info', text: `Comparing with ${read.design.name}.` });
      close();
    } catch (caught) {
      // Closed while reading: the dialog is gone and nobody waits for the answer.
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      const text = `Nothing compared: the file could not be read (${caught instanceof Error ? caught.message : String(caught)}).`;
      setError(text);
      api.getState().notify({ tone: 'error', text });
    } finally {
      if (running.current === controller) setReading(null);
    }
  };
  return (
    <Modal title="Compare with…" onClose={close}>
      <p className="compare-dialog-lead">
        See what this design allows and blocks that another did not: the other design is “before”,
        this one “after”, as in <code>netpol-canvas diff</code>.
      </p>
      <div className="compare-dialog-choices">
        <button
          type="button"
          disabled={saved === null}
          onClick={() => {
            if (saved === null) return;
            api.getState().compareWith({ name: 'the last saved design', doc: saved.doc });
            close();
          }}
        >
          The last saved design
        </button>
        <span className="compare-dialog-note">
          {saved === null ? 'None yet.' : savedCopyText(saved)}
        </span>
        <button type="button" disabled={reading !== null} onClick={() => input.current?.click()}>
          A file…
        </button>
        <span className="compare-dialog-note">YAML or JSON, as Open file… reads it.</span>
        <input
          ref={input}
          type="file"
          accept=".yaml,.yml,.json,text/yaml"
          multiple
          hidden
          aria-label="YAML files to compare with"
          onChange={(e) => {
            void readFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {reading !== null && <p role="status">Reading {reading}…</p>}
      {error !== null && (
        <p className="compare-dialog-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
