import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTextCut } from './useTextCut';

/** What the user asked of a cut message, whatever the pointer and the focus do: null, nothing. */
type Pin = 'open' | 'closed' | null;

/**
 * A message of the status line on one line of fixed height: cut with an ellipsis when it does not
 * fit, then shown whole while the pointer is on it or it has keyboard focus (Tab reaches it only
 * then), unfolding upward over the canvas without moving it. Escape folds it, Enter or Space
 * toggles it. A click pins it open, and a click on a message it pinned open folds it, whatever
 * the hover did meanwhile: a click as the pointer arrives would otherwise fold what the hover had
 * just unfolded. A fold lasts until the pointer or the focus comes back; the pin until the focus
 * leaves (a click gives it the focus). The whole text is always in the page, so the status
 * line's live region announces all of it.
 */
export function StatusText({ text }: { readonly text: string }) {
  const slot = useRef<HTMLSpanElement>(null);
  const line = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pin, setPin] = useState<Pin>(null);
  const asked = pin === 'open' || (pin === null && (hovered || focused));
  const { cut, expanded } = useTextCut(slot, line, text, asked);
  /** Back under the pointer or the keyboard, a folded message unfolds again. */
  const unfold = () => {
    setPin((p) => (p === 'closed' ? null : p));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setPin('closed');
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setPin(expanded ? 'closed' : 'open');
    }
  };
  const onClick = () => {
    setPin((p) => (p === 'open' ? 'closed' : 'open'));
  };
  // A message that comes to fit while it has the focus keeps the focus until it leaves: the next
  // Tab goes on from here, not from the top of the page.
  const control = cut
    ? { role: 'button', tabIndex: 0, 'aria-expanded': expanded, onKeyDown, onClick }
    : focused
      ? { tabIndex: 0 }
      : {};
  return (
    <span ref={slot} className={`status-text-slot ${cut ? 'is-cut' : ''}`}>
      <span
        ref={line}
        className={`status-text ${expanded ? 'is-expanded' : ''}`}
        {...control}
        onPointerEnter={() => {
          setHovered(true);
          unfold();
        }}
        onPointerLeave={() => {
          setHovered(false);
        }}
        onFocus={() => {
          setFocused(true);
          unfold();
        }}
        onBlur={() => {
          setFocused(false);
          setPin(null);
        }}
      >
        {text}
      </span>
    </span>
  );
}
