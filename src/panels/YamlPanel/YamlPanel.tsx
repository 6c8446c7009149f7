import { useDeferredValue, useMemo } from 'react';
import { positionsFromDoc, useEditorApi } from '../../store';
import { DraftSetAside } from './DraftSetAside';
import { useDocumentYaml } from './useDocumentYaml';
import { useYamlDrafts } from './useYamlDrafts';
import { yamlDiagnostics } from './yamlDiagnostics';
import { draftParsed } from './yamlDraftText';
import { YamlEditor } from './YamlEditor';
import '../panels.css';

/**
 * The whole design as YAML, live. Editing it starts a draft, checked as you
 * type; Apply replaces the design only when the draft is valid, so the canvas
 * keeps the last valid document meanwhile. A draft typed before another design opened is set
 * aside (`DraftSetAside`), never applied over that one.
 */
export function YamlPanel() {
  const api = useEditorApi();
  const live = useDocumentYaml();
  const { draft, setAside, typed, discard, drop } = useYamlDrafts(live);
  const checked = useDeferredValue(draft);
  const result = useMemo(() => (checked === null ? null : draftParsed(checked)), [checked]);
  const issues = useMemo(() => result?.issues ?? [], [result]);
  const diagnostics = useMemo(
    () => (checked === null ? [] : yamlDiagnostics(checked, issues)),
    [checked, issues],
  );
  const errors = issues.filter((i) => i.severity === 'error').length;

  const apply = () => {
    if (draft === null) return;
    const parsed = draftParsed(draft);
    if (!parsed.ok) return;
    const { doc, positions } = positionsFromDoc(parsed.doc);
    // The YAML holds the Kubernetes objects; the design keeps its name.
    const { title } = api.getState().doc;
    // Dropped first: the design it replaces is the one it was typed over, not set aside.
    discard();
    api.getState().replaceDoc(title === undefined ? doc : { ...doc, title }, positions);
    api.getState().notify({ tone: 'info', text: 'Applied the YAML to the design.' });
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
        <button type="button" onClick={discard} disabled={draft === null}>
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
      {setAside.map((d, n) => (
        <DraftSetAside key={n} draft={d} onDrop={drop} />
      ))}
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
