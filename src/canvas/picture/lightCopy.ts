/**
 * A copy of a part of the page in the light theme, out of sight, for a picture: pictures are
 * always light (slides and documents are usually white), whatever the page shows, and the
 * page itself never flickers while one is drawn.
 *
 * The dark theme only defines the role variables (`--nc-*`, see `theme/theme.css`) and the
 * light theme is their fallbacks, so setting every role variable to `initial` on the copy (the
 * guaranteed-invalid value, under which `var(--nc-x, #light)` takes its fallback) draws it light.
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

/**
 * Places a light copy of `element` (the React Flow viewport) off screen, until `remove` is
 * called: in a stand-in for the canvas root (`.react-flow`, light) that draws it in the level
 * of detail `band` (`data-zoom-band`, see `zoomBand.ts`) and dims what the canvas dims,
 * placed beside the real root so the page's other rules reach it as they reach the canvas.
 */
export function lightCopyOf<T extends HTMLElement>(element: T, band: string): LightCopy<T> {
  const root = element.closest<HTMLElement>('.react-flow') ?? element.parentElement;
  if (root === null) throw new Error('The canvas is not on screen: open the Canvas view.');
  const stage = document.createElement('div');
  stage.className = 'react-flow light';
  stage.dataset.zoomBand = band;
  // A focus dims all but a neighbourhood by the root's `data-focus` (`canvas.css`): so does the copy.
  if (root.dataset.focus !== undefined) stage.dataset.focus = root.dataset.focus;
  for (const name of roleVariables()) stage.style.setProperty(name, 'initial');
  stage.style.setProperty('color-scheme', 'light');
  stage.style.setProperty('position', 'fixed');
  stage.style.setProperty('left', '-200000px');
  stage.style.setProperty('top', '0');
  stage.style.setProperty('width', `${String(root.clientWidth)}px`);
  stage.style.setProperty('height', `${String(root.clientHeight)}px`);
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  const copy = element.cloneNode(true) as T;
  stage.append(copy);
  root.after(stage);
  return {
    copy,
    remove: () => {
      stage.remove();
    },
  };
}
