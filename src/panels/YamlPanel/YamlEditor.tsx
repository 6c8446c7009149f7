import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import type { ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { useEffect, useRef } from 'react';
import { cspNonce } from './cspNonce';

const EXTENSIONS = [
  yaml(),
  lintGutter(),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'YAML of the design' }),
  EditorView.cspNonce.of(cspNonce() ?? ''),
];

interface YamlEditorProps {
  readonly value: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly onChange: (text: string) => void;
}

import { useTheme } from '../../theme/useTheme';
/** CodeMirror 6 with YAML highlighting; problems are marked at their lines. */
export function YamlEditor({ value, diagnostics, onChange }: YamlEditorProps) {
  const ref = useRef<ReactCodeMirrorRef>(null);
  const theme = useTheme();
  useEffect(() => {
    const view = ref.current?.view;
    if (view === undefined) return;
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [diagnostics, value]);
  return (
    <CodeMirror
      ref={ref}
      className="yaml-editor"
      value={value}
      height="100%"
      extensions={EXTENSIONS}
      basicSetup={{ foldGutter: true, highlightActiveLine: false, autocompletion: false }}
      onChange={onChange}
      theme={theme}
    />
  );
}
