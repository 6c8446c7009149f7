/**
 * CodeMirror works out the highlighting of the text past the view in the background, in slices
 * that end at the first pending input where the browser has `navigator.scheduling.isInputPending`
 * (Chromium), and then last up to 100 ms each; elsewhere a slice lasts what an idle period leaves
 * (under 50 ms). On a large design's YAML (the dump's 87,000 lines) the 100 ms slices were the
 * page's longest tasks, after an edit too, and the page asks none over 50 ms. `@codemirror/language`
 * looks for `isInputPending` once, as its module is evaluated: imported just before it, this
 * module hides it for that moment, and `parseSlicesShortEnd`, called once it is, shows it again.
 * CodeMirror has no setting for its slices; `parseSlicesShort.graph.test.ts` loads the editor's
 * modules as the page does and fails if the slices are long again (an import moved above this
 * one, another module loading CodeMirror first, or CodeMirror reading it later).
 */
const own = Object.getOwnPropertyDescriptor(navigator, 'scheduling');
Object.defineProperty(navigator, 'scheduling', { value: undefined, configurable: true });

/** Shows `navigator.scheduling` again, as it was. */
export function parseSlicesShortEnd(): void {
  if (own === undefined) Reflect.deleteProperty(navigator, 'scheduling');
  else Object.defineProperty(navigator, 'scheduling', own);
}
