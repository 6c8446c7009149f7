// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * What CodeMirror chose when YamlEditor's modules were evaluated, as the page evaluates them:
 * nothing of CodeMirror's is imported above, so `@codemirror/language` is evaluated here for the
 * first time, through YamlEditor's imports, in their order.
 */
const isInputPending = vi.fn(() => false);
Object.defineProperty(navigator, 'scheduling', { value: { isInputPending }, configurable: true });
const idle: IdleRequestCallback[] = [];
vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
vi.stubGlobal('cancelIdleCallback', () => undefined);
await import('./YamlEditor');
const { yaml } = await import('@codemirror/lang-yaml');
const { EditorView } = await import('@codemirror/view');

afterAll(() => {
  Reflect.deleteProperty(navigator, 'scheduling');
  vi.unstubAllGlobals();
});

/** A YAML text far longer than CodeMirror parses as the editor opens. */
const LONG = Array.from(
  { length: 5_000 },
  (_, n) => `- name: item-${String(n)}\n  labels:\n    app: shop\n`,
).join('');

describe("CodeMirror's background parse, as the YAML editor loads it", () => {
  it('ends its slices with the idle period, never asking isInputPending (no 100 ms slices)', async () => {
    const view = new EditorView({ doc: LONG, extensions: [yaml()], parent: document.body });
    // CodeMirror waits 100 ms, then asks for an idle period.
    await vi.waitFor(() => {
      expect(idle).toHaveLength(1);
    });
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
    const start = clock;
    idle[0]?.({ didTimeout: false, timeRemaining: () => 10 });
    vi.restoreAllMocks();
    view.destroy();
    expect(isInputPending).not.toHaveBeenCalled();
    // 25 ms: CodeMirror's shortest slice, for an idle period of 10 ms; 100 with isInputPending.
    expect(clock - start).toBeGreaterThan(20);
    expect(clock - start).toBeLessThan(40);
  });
});

/** The app's modules (tests aside) that import CodeMirror's code, not only its types. */
function codeMirrorImporters(): string[] {
  const src = join(import.meta.dirname, '../..');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' });
  return files
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) =>
      /^import (?!type )[^;]*from '(?:@codemirror\/|@uiw\/react-codemirror)/m.test(
        readFileSync(join(src, f), 'utf8'),
      ),
    )
    .map((f) => relative(src, join(src, f)));
}

describe('the modules that load CodeMirror', () => {
  it('are the YAML editor alone: none evaluates CodeMirror before it hides isInputPending', () => {
    expect(codeMirrorImporters()).toEqual(['panels/YamlPanel/YamlEditor.tsx']);
  });
});
