/** What a first-time user sees on an empty canvas. */
export function EmptyCanvas({ onOpenExample }: { onOpenExample: () => void }) {
  return (
    <section className="app-empty" aria-label="Getting started">
      <h2>Start a design</h2>
      <ol>
        <li>
          Drag a <strong>namespace</strong> from the “Drag to add” bar (top left) onto the canvas.
        </li>
        <li>
          Drag <strong>workloads</strong> into it; name them and give them labels and ports in the
          inspector.
        </li>
        <li>
          Draw a <strong>flow</strong> from one workload to another: the NetworkPolicy rules that
          allow it are written for you, and blocked paths turn red.
        </li>
      </ol>
      <p>Or open a file, paste what kubectl printed, or start from the classic example:</p>
      <button type="button" className="is-primary" onClick={onOpenExample}>
        Open the three-tier example
      </button>
    </section>
  );
}
