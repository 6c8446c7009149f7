import type { MouseEvent } from 'react';

/**
 * The Expand / Collapse control of a box (a namespace, the group outside the cluster): a control
 * of its node that takes no drag, whose clicks neither select the box nor (twice) open it.
 */
export function BoxToggleButton({
  word,
  label,
  title,
  busy = false,
  onClick,
}: {
  word: string;
  label: string;
  title: string;
  /** Working (a namespace's layout still to come): said to assistive technology. */
  busy?: boolean;
  onClick: (e: MouseEvent) => void;
}) {
  return (
    <button
      type="button"
      className="nc-node-control nc-namespace-toggle nodrag"
      aria-label={label}
      aria-disabled={busy || undefined}
      title={title}
      onClick={onClick}
      onDoubleClick={(e) => {
        e.stopPropagation();
      }}
    >
      {word}
    </button>
  );
}
