import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { findMatches, selectViewDoc, showFound, useEditorApi, useEditorStore } from '../../store';
import type { FindKind, FindMatch } from '../../store';
import './find.css';

const KIND_TEXT: Readonly<Record<FindKind, string>> = {
  workload: 'Workload',
  namespace: 'Namespace',
  external: 'External',
  policy: 'Policy',
  label: 'Label',
};

/**
 * Find (`/` or Ctrl+K): a combobox that lists the workloads, namespaces,
 * external endpoints, policies and labels matching what is typed; Enter or a
 * click selects one and moves the camera there, Escape closes.
 */
export function FindDialog() {
  const api = useEditorApi();
  const doc = useEditorStore(selectViewDoc);
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text);
  const matches = useMemo(() => findMatches(doc, query), [doc, query]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${String(i)}`;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });
  const close = () => {
    api.getState().openDialog(null);
  };
  const pick = (match: FindMatch | undefined) => {
    if (match === undefined) return;
    close();
    showFound(api.getState, match.target);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const move = moves[e.key];
    if (move !== undefined && matches.length > 0) {
      e.preventDefault();
      setActive(move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(matches[active]);
    }
  };
  const expanded = matches.length > 0;
  const empty = query.trim() !== '' && !expanded;
  return (
    <dialog
      ref={ref}
      className="find-dialog"
      aria-label="Find"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        if (e.target === ref.current) close();
      }}
    >
      <input
        className="find-input"
        type="text"
        role="combobox"
        aria-label="Find workloads, namespaces, policies or labels"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        placeholder="Find: web, prod/db, app=frontend, a policy…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="find-list" id={listId} role="listbox" aria-label="Matches" hidden={!expanded}>
        {matches.map((m, i) => (
          <li
            key={m.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="find-option"
            onMouseMove={() => {
              if (i !== active) setActive(i);
            }}
            onClick={() => {
              pick(m);
            }}
          >
            <span className={`find-kind is-${m.kind}`}>{KIND_TEXT[m.kind]}</span>
            <span className="find-label">{m.label}</span>
            <span className="find-detail">{m.detail}</span>
          </li>
        ))}
      </ul>
      <p className="find-hint" role="status">
        {empty
          ? `Nothing matches “${query.trim()}”.`
          : '↑ ↓ to choose · Enter to show it on the canvas · Esc to close'}
      </p>
    </dialog>
  );
}
