// First: CodeMirror's parse slices are set as its modules are evaluated (see parseSlicesShort).
import { parseSlicesShortEnd } from './parseSlicesShort';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror, { ExternalChange } from '@uiw/react-codemirror';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cspNonce } from './cspNonce';
import { textChange } from './textChange';
import { useTheme } from '../../theme/useTheme';

const EXTENSIONS = [
  yaml(),
  lintGutter(),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'YAML of the design' }),
  EditorView.cspNonce.of(cspNonce() ?? ''),
];

parseSlicesShortEnd();

const BASIC_SETUP = { foldGutter: true, highlightActiveLine: false, autocompletion: false };

interface YamlEditorProps {
  readonly value: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly onChange: (text: string) => void;
}

/**
 * CodeMirror 6 with YAML highlighting; problems are marked at their lines. The editor starts
 * from the first `value`; a later one arrives as the one change between it and the text on show
 * (an edit of a large design changes a few lines of 1.6 MB: replaced whole, the text was parsed
 * again and the editor compared it whole at every render).
 */
export function YamlEditor({ value, diagnostics, onChange }: YamlEditorProps) {
  const [first] = useState(value);
  const [view, setView] = useState<EditorView | null>(null);
  const onShow = useRef(first);
  const theme = useTheme();
  useEffect(() => {
    if (view === null) return;
    const change = textChange(onShow.current, value);
    onShow.current = value;
    if (change !== null) view.dispatch({ changes: change, annotations: ExternalChange.of(true) });
  }, [view, value]);
  useEffect(() => {
    if (view !== null) view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [view, diagnostics, value]);
  const typed = useCallback(
    (text: string) => {
      onShow.current = text;
      onChange(text);
    },
    [onChange],
  );
  return (
    <CodeMirror
      className="yaml-editor"
      value={first}
      height="100%"
      extensions={EXTENSIONS}
      basicSetup={BASIC_SETUP}
      onChange={typed}
      onCreateEditor={setView}
      theme={theme}
    />
  );
}
