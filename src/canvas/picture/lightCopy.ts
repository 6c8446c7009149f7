/**
 * A copy of a part of the page in the light theme, out of sight, for a picture: pictures are
 * always light (slides and documents are usually white), whatever the page shows, and the
 * page itself never flickers while one is drawn.
 *
 * The dark theme only defines the role variables (`--nc-*`, see `theme/theme.css`) and the
 * light theme is their fallbacks, so setting every role variable to `initial` on the copy (the
 * guaranteed-invalid value, under which `var(--nc-x, #light)` takes its fallback) draws it light.
 * The copy sits beside the original, so the same style rules reach it, moved far off screen.
 */

export interface LightCopy<T extends Element> {
  readonly copy: T;
  /** Takes the copy out of the page again. */
  readonly remove: () => void;
}

/** The role variables the page defines now (none in the light theme). */
function roleVariables(): string[] {
  const names: string[] = [];
  const style = getComputedStyle(document.documentElement);
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (name.startsWith('--nc-')) names.push(name);
  }
  return names;
}

/** Places a light copy of `element` beside it, off screen, until `remove` is called. */
export function lightCopyOf<T extends HTMLElement>(element: T): LightCopy<T> {
  const copy = element.cloneNode(true) as T;
  for (const name of roleVariables()) copy.style.setProperty(name, 'initial');
  copy.style.setProperty('color-scheme', 'light');
  copy.style.setProperty('transform', 'translate(-200000px, 0)');
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  element.after(copy);
  return {
    copy,
    remove: () => {
      copy.remove();
    },
  };
}
