import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTextCut } from './useTextCut';

/**
 * A message of the status line on one line of fixed height: cut with an ellipsis when it does not
 * fit, then shown whole while the pointer is on it or it has keyboard focus (Tab reaches it only
 * then), unfolding upward over the canvas without moving it. Escape folds it, Enter, Space or
 * a click toggles it (a click also gives it the focus: it folded nothing and kept the message
 * open over the canvas once the pointer left). The whole text is always in the page, so the status line's live region announces
 * all of it.
 */
export function StatusText({ text }: { readonly text: string }) {
  const slot = useRef<HTMLSpanElement>(null);
  const line = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [folded, setFolded] = useState(false);
  const { cut, expanded } = useTextCut(slot, line, text, (hovered || focused) && !folded);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setFolded(true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setFolded(expanded);
    }
  };
  // A message that comes to fit while it has the focus keeps the focus until it leaves: the next
  // Tab goes on from here, not from the top of the page.
  const onClick = () => {
    setFolded(expanded);
  };
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
          setFolded(false);
        }}
        onPointerLeave={() => {
          setHovered(false);
        }}
        onFocus={() => {
          setFocused(true);
          setFolded(false);
        }}
        onBlur={() => {
          setFocused(false);
        }}
      >
        {text}
      </span>
    </span>
  );
}
