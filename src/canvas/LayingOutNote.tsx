import { selectLayingOut, useEditorStore } from '../store';

/**
 * While an opened design waits for its automatic layout, its canvas is empty for seconds (ELK on
 * a 200-workload design, more on a dump): a note in the middle says so ("Laying out 200 workloads
 * in 11 namespaces…", as the status line does), gone in the render that draws the boxes. A layout
 * that fails says why in the status line and draws the design where the canvas puts it.
 */
export function LayingOutNote() {
  const text = useEditorStore(selectLayingOut);
  if (text === null) return null;
  return (
    <div className="nc-laying-out">
      <p className="nc-laying-out-note" data-testid="canvas.laying-out">
        <span className="nc-laying-out-spinner" aria-hidden="true" />
        {text}
      </p>
    </div>
  );
}
