import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { parseFiles } from '../../io';
import type { ParseResult } from '../../io';
import { EMPTY_DOC } from '../../model';
import { positionsFromDoc, useEditorApi } from '../../store';
import { useDocumentYaml } from './useDocumentYaml';
import { yamlDiagnostics } from './yamlDiagnostics';
import { YamlEditor } from './YamlEditor';
import '../panels.css';

const FILE_NAME = 'YAML panel';

function parseDraft(text: string): ParseResult {
  if (text.trim() === '') return { ok: true, doc: EMPTY_DOC, issues: [] };
  return parseFiles([{ name: FILE_NAME, text }]);
}

/**
 * The whole design as YAML, live. Editing it starts a draft, checked as you
 * type; Apply replaces the design only when the draft is valid, so the canvas
 * keeps the last valid document meanwhile.
 */
export function YamlPanel() {
  const api = useEditorApi();
  const live = useDocumentYaml();
  const liveNow = useRef(live);
  liveNow.current = live;
  const [draft, setDraft] = useState<string | null>(null);
  const checked = useDeferredValue(draft);
  const result = useMemo(() => (checked === null ? null : parseDraft(checked)), [checked]);
  const issues = useMemo(() => result?.issues ?? [], [result]);
  const diagnostics = useMemo(
    () => (checked === null ? [] : yamlDiagnostics(checked, issues)),
    [checked, issues],
  );
  const errors = issues.filter((i) => i.severity === 'error').length;

  const typed = useCallback((text: string) => {
    setDraft(text === liveNow.current ? null : text);
  }, []);

  const apply = () => {
    if (draft === null) return;
    const parsed = parseDraft(draft);
    if (!parsed.ok) return;
    const { doc, positions } = positionsFromDoc(parsed.doc);
    // The YAML holds the Kubernetes objects; the design keeps its name.
    const { title } = api.getState().doc;
    api.getState().replaceDoc(title === undefined ? doc : { ...doc, title }, positions);
    api.getState().notify({ tone: 'info', text: 'Applied the YAML to the design.' });
    setDraft(null);
  };

  return (
    <section className="panel yaml-panel" aria-label="YAML">
      <div className="panel-bar">
        <span className="panel-note">
          {draft === null
            ? 'The whole design, live. Edit it, then Apply.'
            : errors > 0
              ? `${errors} problem${errors === 1 ? '' : 's'}: the canvas keeps the last valid design.`
              : 'Edited: Apply to update the canvas.'}
        </span>
        <button
          type="button"
          onClick={() => {
            setDraft(null);
          }}
          disabled={draft === null}
        >
          Discard
        </button>
        <button
          type="button"
          className="is-primary"
          onClick={apply}
          disabled={draft === null || errors > 0}
        >
          Apply
        </button>
      </div>
      <div className="yaml-editor-box">
        {live === null ? (
          <p className="panel-hint" role="status">
            Writing the design&apos;s YAML…
          </p>
        ) : (
          <YamlEditor value={draft ?? live} diagnostics={diagnostics} onChange={typed} />
        )}
      </div>
      {issues.length > 0 && (
        <ul className="yaml-issues" aria-label="YAML problems">
          {issues.map((i, n) => (
            <li key={n} className={`is-${i.severity}`}>
              {i.line > 0 ? `Line ${i.line}: ` : ''}
              {i.message}
              {i.path === '' ? '' : ` (${i.path})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
