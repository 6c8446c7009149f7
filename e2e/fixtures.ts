/**
 * Page objects handed to the tests as fixtures (`test.extend`), and the
 * check every test gets whether it asks for it or not (an automatic
 * fixture): no console error, no page error, no request to another origin.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { CollapsedCanvas } from './pages/CollapsedCanvas';
import { Compare } from './pages/Compare';
import { Inspector } from './pages/Inspector';
import { Lesson } from './pages/Lesson';
import { LessonEditor } from './pages/LessonEditor';
import { Matrix } from './pages/Matrix';
import { PolicyPanel } from './pages/PolicyPanel';
import { Presentation } from './pages/Presentation';
import { StatusLine } from './pages/StatusLine';
import { Toolbar } from './pages/Toolbar';
import { WalkPanel } from './pages/WalkPanel';
import { YamlPanel } from './pages/YamlPanel';

/** A second tab of the same browser (same storage), with its own page objects. */
export interface SecondTab {
  readonly page: Page;
  readonly canvas: Canvas;
  readonly inspector: Inspector;
}

/**
 * `E2E_CPU_THROTTLE=6` slows the page's CPU sixfold (Chromium's own throttling): a journey meets
 * the load of a busy CI machine on a quiet one, to find what it races.
 */
async function throttle(page: Page): Promise<void> {
  const rate = Number(process.env.E2E_CPU_THROTTLE ?? 1);
  if (!(rate > 1)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Records console errors, page errors and requests to other origins of `page` in `problems`. */
function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to ${req.url()}`);
    }
  });
}

interface Fixtures {
  canvas: Canvas;
  collapsed: CollapsedCanvas;
  compare: Compare;
  inspector: Inspector;
  lesson: Lesson;
  lessonEditor: LessonEditor;
  matrix: Matrix;
  policyPanel: PolicyPanel;
  presentation: Presentation;
  statusLine: StatusLine;
  toolbar: Toolbar;
  walk: WalkPanel;
  yamlPanel: YamlPanel;
  /**
   * Problems seen on the page (console errors, page errors, outside requests);
   * the test fails at its end if there are any. Runs for every test.
   */
  problems: string[];
  /** Opened on first use; checked for problems like the first tab. */
  secondTab: SecondTab;
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      watchProblems(page, problems);
      await throttle(page);
      await provide(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
  secondTab: async ({ page, problems }, provide) => {
    const other = await page.context().newPage();
    watchProblems(other, problems);
    await throttle(other);
    await other.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    await provide({ page: other, canvas: new Canvas(other), inspector: new Inspector(other) });
    await other.close();
  },
  canvas: async ({ page }, provide) => {
    await provide(new Canvas(page));
  },
  collapsed: async ({ page }, provide) => {
    await provide(new CollapsedCanvas(page));
  },
  compare: async ({ page }, provide) => {
    await provide(new Compare(page));
  },
  inspector: async ({ page }, provide) => {
    await provide(new Inspector(page));
  },
  lesson: async ({ page }, provide) => {
    await provide(new Lesson(page));
  },
  lessonEditor: async ({ page }, provide) => {
    await provide(new LessonEditor(page));
  },
  matrix: async ({ page }, provide) => {
    await provide(new Matrix(page));
  },
  policyPanel: async ({ page }, provide) => {
    await provide(new PolicyPanel(page));
  },
  presentation: async ({ page }, provide) => {
    await provide(new Presentation(page));
  },
  statusLine: async ({ page }, provide) => {
    await provide(new StatusLine(page));
  },
  toolbar: async ({ page }, provide) => {
    await provide(new Toolbar(page));
  },
  walk: async ({ page }, provide) => {
    await provide(new WalkPanel(page));
  },
  yamlPanel: async ({ page }, provide) => {
    await provide(new YamlPanel(page));
  },
});

export { expect };
