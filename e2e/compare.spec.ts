/**
 * Compare with…: the design on screen (after) with a file or the last saved design
 * (before), listed as `netpol-canvas diff` lists it and drawn on the canvas.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';
import { screenshotsBothThemes } from './pages/screenshots';

const THREE_TIER = readFileSync(
  new URL('../src/app/fixtures/threeTier.yaml', import.meta.url),
  'utf8',
);

/** The three tiers as a file, without one of their policies. */
function threeTierWithout(policy: string): string {
  return THREE_TIER.split('\n---\n')
    .filter((doc) => !doc.includes(`\n  name: ${policy}\n`))
    .join('\n---\n');
}

/** Screenshots at both sizes, light then dark. */
const shoot = (page: Page, name: string) => screenshotsBothThemes(page, `compare-${name}`);

test('compared with a file without db-policy: the rows, the lines, and a click to each', async ({
  page,
  canvas,
  compare,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await compare.withFile('no-db-policy.yaml', threeTierWithout('db-policy'));

  // The file is before, the design on screen after: db-policy blocks what the file let through.
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');
  await expect(compare.summary).toHaveText(
    /^0 newly allowed, \d+ newly blocked \(5 workloads and 3 ports compared\)\.$/,
  );
  await expect(compare.row('prod/db', 'prod/web', 'newly blocked')).toContainText(
    'prod/db-policy now isolates for egress',
  );
  await expect(compare.row('dev/api', 'prod/db', 'newly blocked')).toContainText('TCP 3306');
  // Each changed pair is one line, marked as the row is (not by colour alone).
  await expect(canvas.lineLabel('prod/db', 'prod/web')).toHaveText('− TCP 80');
  await expect(page.getByLabel('Compared: prod/db to prod/web, newly blocked TCP 80')).toHaveCount(
    1,
  );
  // Six changed pairs, five lines: prod/db to itself has none, and the tab says so.
  await expect(compare.panel.getByRole('heading', { level: 3 })).toHaveCount(6);
  await expect(page.getByLabel(/^Compared: /)).toHaveCount(5);
  await expect(compare.panel.getByText(/^On the canvas:/)).toContainText(
    "The canvas draws 5 of the 6 changed pairs: a workload's connections to itself (prod/db → prod/db) have no line",
  );
  await shoot(page, 'file');

  await canvas.panAway();
  await expect.poll(() => canvas.inView(canvas.workload('prod/web'))).toBe(false);
  const row = compare.row('prod/db', 'prod/web', 'newly blocked');
  await row.click();
  await expect.poll(() => canvas.inView(canvas.workload('prod/web'))).toBe(true);
  await expect.poll(() => canvas.inView(canvas.workload('prod/db'))).toBe(true);
  expect(await canvas.selection()).toEqual({
    kind: 'flow',
    id: 'workload:prod/db>workload:prod/web',
    focus: null,
  });
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');

  // Closed: the canvas draws the design's own lines again, and the tab goes.
  await compare.close.click();
  await expect(compare.tab).toHaveCount(0);
  await expect(page.getByLabel(/^Compared: /)).toHaveCount(0);
  await expect(canvas.lineLabel('prod/db', 'prod/web')).toHaveCount(0);
});

test('a file that cannot be read says why, and the design stays', async ({
  page,
  canvas,
  compare,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await compare.withFile('broken.yaml', 'kind: NetworkPolicy\nmetadata: [oops\n');
  await expect(compare.dialogError).toHaveText(/^Nothing compared\. broken\.yaml line \d+: .+/);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing compared.' })).toBeVisible();
  await expect(compare.tab).toHaveCount(0);
  await page.screenshot({ path: 'test-results/compare-error.png' });
});

test('compared with the last saved design after an edit, and again after undo', async ({
  page,
  canvas,
  compare,
  policyPanel,
  toolbar,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await policyPanel.open();
  await policyPanel.item('db-policy').click();
  await policyPanel.panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(policyPanel.item('db-policy')).toHaveCount(0);

  await compare.withLastSaved();
  await expect(compare.panel).toContainText('compared with the last saved design (before)');
  await expect(compare.summary).toHaveText(/^\d+ newly allowed, 0 newly blocked /);
  const first = compare.rows.first();
  await expect(first).toHaveAccessibleName(/: newly allowed TCP/);
  await expect(first).toContainText('prod/db-policy');
  await expect(canvas.lineLabels.filter({ hasText: /^\+ TCP/ }).first()).toBeVisible();
  await shoot(page, 'last-saved');

  // The comparison follows the design: undo brings db-policy back, and nothing differs.
  await toolbar.undo.click();
  await expect(compare.summary).toHaveText(/^No change: 0 newly allowed, 0 newly blocked /);
  await expect(compare.rows).toHaveCount(0);
  expect(await page.evaluate(() => window.__editor?.getState().past.length)).toBe(0);
});

test('with the comparison open, the side tabs stay on one row, presented too', async ({
  page,
  canvas,
  compare,
  lesson,
  presentation,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await compare.withLastSaved();
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');
  const tabs = presentation.panels.getByRole('tablist', { name: 'Panels' }).getByRole('tab');
  /** How many rows the tabs on show take. */
  const rows = async () => {
    const tops = await tabs.evaluateAll((all) =>
      all
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.top)),
    );
    return new Set(tops).size;
  };
  await expect.poll(rows).toBe(1);
  await expect(tabs).toHaveCount(7);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(rows).toBe(1);
  await lesson.present.click();
  if ((await presentation.sidePanel.getAttribute('aria-pressed')) === 'false') {
    await presentation.sidePanel.click();
  }
  await expect(compare.tab).toBeVisible();
  await expect.poll(rows).toBe(1);
});

test('a lesson written while comparing makes eight side tabs, still on one row', async ({
  page,
  canvas,
  compare,
  lesson,
  lessonEditor,
  presentation,
  toolbar,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  // A design whose findings run to three digits: the Findings tab's count is at its widest.
  const doc = generateCluster({ pods: 200, policies: 60, namespaces: 8, seed: 3 });
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(canvas.namespace('ns-1')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('tab', { name: /^Findings\D*\d{3}/ })).toBeVisible({
    timeout: 30_000,
  });
  await compare.withLastSaved();
  await lesson.lessonsButton.click();
  await page
    .getByRole('dialog', { name: 'Lessons' })
    .getByRole('button', { name: 'Write a lesson…' })
    .click();
  await expect(lessonEditor.tab).toHaveAttribute('aria-selected', 'true');
  const tabs = page.getByRole('tablist', { name: 'Panels' }).getByRole('tab');
  await expect(tabs).toHaveCount(8);
  /** The tabs on show: one row, each whole within the panel without scrolling. */
  const oneWholeRow = async () => {
    const boxes = await tabs.evaluateAll((all) =>
      all
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => {
          const r = t.getBoundingClientRect();
          const list = (t.closest('[role="tablist"]') ?? t).getBoundingClientRect();
          return { top: Math.round(r.top), inside: r.right <= list.right + 0.5 };
        }),
    );
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(boxes.every((b) => b.inside)).toBe(true);
  };
  await oneWholeRow();
  await lesson.present.click();
  if ((await presentation.sidePanel.getAttribute('aria-pressed')) === 'false') {
    await presentation.sidePanel.click();
  }
  await expect(lessonEditor.tab).toBeVisible();
  await oneWholeRow();
});

test('a 200-workload design compares without freezing the page', async ({
  page,
  canvas,
  compare,
  toolbar,
}) => {
  test.setTimeout(120_000);
  const doc = generateCluster({ pods: 200, policies: 60, namespaces: 8, seed: 3 });
  await page.goto('/');
  await toolbar.openDesign('cluster.yaml', doc);
  // Reading and laying out 200 workloads takes a few seconds on a busy machine.
  await expect(canvas.namespace('ns-1')).toBeVisible({ timeout: 60_000 });
  const fewer = { ...doc, policies: doc.policies.filter((_, i) => i % 3 !== 0) };
  await compare.withFile('fewer-policies.yaml', serializeDocument(fewer));
  // The page answers while the diff is worked out: a tab switches at once.
  const policies = page.getByRole('tab', { name: 'Policies' });
  await policies.click();
  await expect(policies).toHaveAttribute('aria-selected', 'true');
  await compare.tab.click();
  await expect(compare.summary).toHaveText(
    /^\d+ newly allowed, \d+ newly blocked \(200 workloads/,
    {
      timeout: 60_000,
    },
  );
  const first = compare.rows.first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  const [from = '', to = ''] = name.split(':')[0]?.split(' → ') ?? [];
  await first.click();
  // Its namespaces open and are laid out again (ELK) before the camera moves: seconds when busy.
  await expect.poll(() => canvas.inView(canvas.workload(from)), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => canvas.inView(canvas.workload(to)), { timeout: 30_000 }).toBe(true);
  await shoot(page, 'large');
});
