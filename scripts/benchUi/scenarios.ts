/**
 * What the benchmark does in the page: open a file through "Open file", pan
 * by dragging the empty canvas, click a workload, delete a policy. Each
 * returns the figures it measured; none of them fails on a slow figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  cameraSettled,
  fitFigures,
  linesSettled,
  pageMark,
  pageNow,
  pagePolicyWithRules,
  pageUntil,
  pageArm,
  armedUntil,
  panePoint,
  windowFigures,
} from './pageFigures';
import type { FitFigures } from './pageFigures';
import { PAGE_PROBES, WORKLOAD_SELECTOR } from './probes';
import type { WindowFigures } from './probes';

/** Only the new design's nodes: generated namespaces are `kube-system` and `ns-<n>`. */
const NEW_NODE = '[data-testid^="node.workload.ns-"], [data-testid^="node.namespace.ns-"]';

export interface Opened {
  readonly page: Page;
  /** File chosen → first node of the new design painted (ms), or null. */
  readonly firstPaint: number | null;
  /** File chosen → imported, laid out and fitted (ms; the camera's last move, ±0.2 s). */
  readonly settled: number;
  /** Longest task and frame gap from the file chosen to settled. */
  readonly during: WindowFigures;
  /** Whether the progress bar showed while the file was read. */
  readonly progressShown: boolean;
}

export async function openPage(browser: Browser, url: string, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.addInitScript(PAGE_PROBES);
  await page.goto(url);
  await page.getByRole('main', { name: 'Canvas' }).waitFor();
  return page;
}

/** Opens `yaml` through the file input and waits until it is drawn and fitted. */
export async function openFile(page: Page, name: string, yaml: string): Promise<Opened> {
  const progress = page
    .getByRole('progressbar', { name: 'Import progress' })
    .waitFor({ timeout: 180_000 })
    .then(() => true)
    .catch(() => false);
  // A file on disk, as a user picks one: Playwright hands its path to the browser. A buffer
  // would be decoded by a script in the page, a long task of the benchmark's own.
  const dir = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const path = join(dir, name);
  writeFileSync(path, yaml, 'utf8');
  try {
    await page.getByLabel('YAML files or flow logs to open').setInputFiles(path);
    return await untilOpened(page, progress);
  } finally {
    // The page reads the file after the change event: it goes only once the design is drawn.
    rmSync(dir, { recursive: true, force: true });
  }
}

async function untilOpened(page: Page, progress: Promise<boolean>): Promise<Opened> {
  const painted = await pageUntil(page, { selector: NEW_NODE }, 180_000);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 180_000 });
  // The automatic layout has placed the nodes (a generated file carries no positions; a layout
  // that never comes shows in the figures, it does not stop the run)...
  await page
    .waitForFunction(
      () => {
        type Store = { getState: () => { positions: Record<string, unknown> } };
        const editor = (window as unknown as { __editor?: Store }).__editor;
        return editor !== undefined && Object.keys(editor.getState().positions).length > 0;
      },
      undefined,
      { timeout: 180_000, polling: 250 },
    )
    .catch(() => undefined);
  // ...and the camera has fitted them.
  await cameraSettled(page, 1500, 120_000);
  const end = (await pageNow(page)) - 1500;
  const chosen = (await pageMark(page, 'fileChosen')) ?? 0;
  return {
    page,
    firstPaint: painted === null ? null : painted - chosen,
    settled: end - chosen,
    during: await windowFigures(page, chosen, end),
    progressShown: await progress,
  };
}

/**
 * "Expand all" on a design that opened collapsed, then waits for the camera to
 * rest (every card and line drawn, laid out and fitted): the longest task and
 * frame gap from the click until then, or null when nothing was collapsed.
 */
export async function expandAll(page: Page): Promise<WindowFigures | null> {
  const button = page.getByRole('button', { name: 'Expand all' });
  const collapsed = await button.isEnabled();
  if (collapsed) await button.click();
  const pressed = await pageMark(page, 'pointerDown');
  await page.locator(WORKLOAD_SELECTOR).first().waitFor({ timeout: 120_000 });
  await cameraSettled(page, 1500, 120_000);
  if (!collapsed || pressed === null) return null;
  return windowFigures(page, pressed, (await pageNow(page)) - 1500);
}

/** Drags the empty canvas by `moves` steps of 15 px and back: the worst task and frame gap. */
export async function dragPan(page: Page, moves = 40): Promise<WindowFigures | null> {
  const at = await panePoint(page);
  if (at === null) return null;
  const from = await pageNow(page);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    const dx = i <= moves / 2 ? i : moves - i;
    await page.mouse.move(at.x + dx * 15, at.y + dx * 6);
  }
  await page.mouse.up();
  await pageUntil(page, {}, 1000);
  return windowFigures(page, from, await pageNow(page));
}

export interface Clicked {
  /** Pointer down → the workload's name in the Inspector (ms), or null. */
  readonly inspector: number | null;
  /** The longest task from pointer down until the canvas has drawn the pick (its paths too). */
  readonly longestTask: number | null;
}

/** Clicks an on-screen workload: how soon the Inspector shows it, and the longest task of the pick. */
export async function clickToInspector(page: Page): Promise<Clicked> {
  const target = await page.evaluate(() => {
    const pane = document.querySelector('main[aria-label="Canvas"] .react-flow');
    const r = pane?.getBoundingClientRect();
    if (r === undefined) return null;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const candidates = [...document.querySelectorAll('[data-testid^="node.workload."]')].map(
      (node) => {
        const name = node.querySelector('.nc-node-name') ?? node;
        const box = name.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        return { node, x, y, away: Math.hypot(x - cx, y - cy) };
      },
    );
    candidates.sort((a, b) => a.away - b.away);
    for (const { node, x, y } of candidates) {
      if (!node.contains(document.elementFromPoint(x, y))) continue;
      const name = (node.getAttribute('data-testid') ?? '').split('/').pop() ?? '';
      return { x, y, name };
    }
    return null;
  });
  if (target === null) return { inspector: null, longestTask: null };
  // Watched from before the click: the pick's paths, drawn after the Inspector's frame, would
  // otherwise hold back the first look and count as the Inspector's time.
  await pageArm(page, { selector: '.details-title', text: target.name }, 30_000);
  await page.mouse.click(target.x, target.y);
  const shown = await armedUntil(page);
  const down = await pageMark(page, 'pointerDown');
  if (shown === null || down === null) return { inspector: null, longestTask: null };
  // The canvas marks the pick and draws its paths after the Inspector: give it 1.5 s of quiet.
  await cameraSettled(page, 1500, 30_000);
  const tasks = await windowFigures(page, down, await pageNow(page));
  return { inspector: shown - down, longestTask: tasks.longestTask };
}

/**
 * Presses F on the picked workload, as a user focuses on its connections (the camera frames
 * them, the rest dims) once the lines drawn have rested for 1.5 s: the longest task and frame
 * gap from the key until the camera has rested for 1.5 s, or null when no focus note came
 * (nothing picked).
 */
export async function focusKey(page: Page): Promise<Focused> {
  // F's figure is the focus's alone: the pick's and the last edit's lines drawn and routed first.
  const linesRest = await linesSettled(page, 1500, 60_000);
  await page.keyboard.press('f');
  const pressed = await pageMark(page, 'keyDown');
  const noted = await pageUntil(page, { selector: '[role="region"]', text: 'Focused on' }, 30_000);
  if (pressed === null || noted === null) return { linesRest, tasks: null };
  await cameraSettled(page, 1500, 60_000);
  return { linesRest, tasks: await windowFigures(page, pressed, (await pageNow(page)) - 1500) };
}

export interface Focused {
  /** How long after the call the lines drawn came to rest, before F was pressed (ms). */
  readonly linesRest: number;
  /** From the key until the camera rested, or null when no focus note came. */
  readonly tasks: WindowFigures | null;
}

export interface Edited {
  /** The edit dispatched → the first frame with the new document's lines (ms), or null. */
  readonly canvas: number | null;
  /** The longest task from the edit until the lines drawn have rested (those it flipped too). */
  readonly longestTask: number | null;
}

/**
 * Deletes a policy that draws lines (as the Delete key would): how soon the canvas shows the new
 * document's lines, and the longest task until the lines drawn rest (those the edit flipped come
 * in parts, each once routed).
 */
export async function editToCanvas(page: Page): Promise<Edited> {
  const ref = await pagePolicyWithRules(page);
  if (ref === null) return { canvas: null, longestTask: null };
  const t0 = await page.evaluate((r) => {
    type Store = { getState: () => { dispatch: (e: unknown) => void } };
    const t = performance.now();
    (window as unknown as { __editor: Store }).__editor
      .getState()
      .dispatch({ type: 'removePolicy', ref: r });
    return t;
  }, ref);
  // The first frame after the lines were derived for the new document (React has committed them).
  const done = await pageUntil(page, { derivedFresh: true }, 30_000);
  if (done === null) return { canvas: null, longestTask: null };
  const quiet = 1000;
  await linesSettled(page, quiet, 30_000);
  const tasks = await windowFigures(page, t0, (await pageNow(page)) - quiet);
  return { canvas: done - t0, longestTask: tasks.longestTask };
}

export type { FitFigures };
export { fitFigures };
