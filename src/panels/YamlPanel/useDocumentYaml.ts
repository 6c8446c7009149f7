import { useEffect, useState } from 'react';
import { documentParts } from '../../io';
import type { Doc } from '../../model';
import { sameDesign, selectDoc, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { yamlWritten } from './yamlWriting';

/** How long one task writes YAML before the page may draw and answer (ms). */
const SLICE_MS = 12;

/** Writes one slice of `doc`'s YAML: the whole text once every part is written, else null. */
function slice(doc: Doc): string | null {
  const end = performance.now() + SLICE_MS;
  return yamlWritten(documentParts(doc), () => performance.now() > end);
}

const selectLineage = (s: EditorState) => s.lineage;

interface Written {
  readonly doc: Doc;
  readonly text: string | null;
}

/**
 * The design's YAML, written a slice at a time so that the page never waits for the whole of a
 * large design's (the 5,000-pod dump's 1.6 MB took one task of 160-400 ms): a small design's at
 * once, a large one's null until written; after an edit the text before it until the new one is
 * (at once, as a rule: only what the edit changed is written again). Another design's text (one
 * opened, imported, applied whole) is never handed on as this one's: null until this one's is
 * written, so that nothing typed meanwhile edits the design before it.
 */
export function useDocumentYaml(): string | null {
  const doc = useEditorStore(selectDoc);
  const lineage = useEditorStore(selectLineage);
  const [written, setWritten] = useState<Written>(() => ({ doc, text: slice(doc) }));
  const done = written.doc === doc && written.text !== null;
  useEffect(() => {
    if (done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      const text = slice(doc);
      if (text === null) timer = setTimeout(next, 0);
      else setWritten({ doc, text });
    };
    next();
    return () => {
      clearTimeout(timer);
    };
  }, [doc, done]);
  return sameDesign(lineage, written.doc, doc) ? written.text : null;
}
