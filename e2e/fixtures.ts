/**
 * Page objects handed to the tests as fixtures (`test.extend`), and the
 * checks every page gets: no console errors, no request to another origin.
 */
import { test as base, expect } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { PolicyPanel } from './pages/PolicyPanel';
import { Matrix } from './pages/Matrix';
import { Toolbar } from './pages/Toolbar';
import { YamlPanel } from './pages/YamlPanel';

interface Fixtures {
  canvas: Canvas;
  inspector: Inspector;
  policyPanel: PolicyPanel;
  matrix: Matrix;
  toolbar: Toolbar;
  yamlPanel: YamlPanel;
  /** Problems seen on the page (console errors, page errors, outside requests). */
  problems: string[];
}

export const test = base.extend<Fixtures>({
  problems: async ({ page }, provide) => {
    const problems: string[] = [];
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
    await provide(problems);
    expect(problems).toEqual([]);
  },
  canvas: async ({ page, problems: _ }, provide) => {
    await provide(new Canvas(page));
  },
  inspector: async ({ page }, provide) => {
    await provide(new Inspector(page));
  },
  matrix: async ({ page, problems: _ }, provide) => {
    await provide(new Matrix(page));
  },
  policyPanel: async ({ page }, provide) => {
    await provide(new PolicyPanel(page));
  },
  toolbar: async ({ page }, provide) => {
    await provide(new Toolbar(page));
  },
  yamlPanel: async ({ page }, provide) => {
    await provide(new YamlPanel(page));
  },
});

export { expect };
