import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializePolicies } from '../src/io';
import { expect, test } from './fixtures';

const DNS_FIX = 'Add allow-dns-egress to namespace prod';

test.describe('when the three-tier example has findings', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('lists them, shows one on the canvas, fixes it in one click and undo brings it back', async ({
    page,
    canvas,
  }) => {
    await expect(canvas.workload('prod/web')).toBeVisible();
    const tab = page.getByRole('tab', { name: /^Findings \(\d+\)$/ });
    await expect(tab).toHaveAccessibleName('Findings (2)');
    await expect(
      canvas.workload('prod/api').locator('..').getByRole('button', { name: '1 finding' }),
    ).toBeVisible();
    await canvas
      .workload('prod/web')
      .locator('..')
      .getByRole('button', { name: '2 findings' })
      .click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('region', { name: 'Findings' });
    const dns = panel.getByRole('listitem').filter({ hasText: 'cannot resolve names' });
    await dns.getByRole('button', { name: 'Show' }).click();
    await expect(dns.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: 'test-results/findings-shown.png' });

    await dns.getByRole('button', { name: DNS_FIX }).click();
    await expect(tab).toHaveAccessibleName('Findings (1)');
    await expect(panel).not.toContainText('cannot resolve names');
    await expect(
      canvas
        .workload('prod/api')
        .locator('..')
        .getByRole('button', { name: /finding/ }),
    ).toHaveCount(0);
    await page.screenshot({ path: 'test-results/findings-fixed.png' });

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(tab).toHaveAccessibleName('Findings (2)');
    await expect(panel).toContainText('cannot resolve names');
  });
});

test.describe('when a folder of 300 policies has over a hundred findings', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the side panel keeps its six tabs on one row at 1440px', async ({ page, toolbar }) => {
    test.setTimeout(90_000);
    const doc = generateCluster({ pods: 1000, namespaces: 20, policies: 300, seed: 11 });
    await page.goto('/');
    await toolbar.openYamlFile('policies.yaml', serializePolicies(doc));
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible({
      timeout: 60_000,
    });
    const findings = page.getByRole('tab', { name: /^Findings \(\d{3}\)$/ });
    await expect(findings).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Panels' }).getByRole('tab');
    await expect(tabs).toHaveCount(6);
    const tops = await tabs.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: 'test-results/findings-tabs-1440.png' });
  });
});

test.describe('when a design has over a hundred findings', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the Findings list draws its first 100 at once and every one at a click', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const doc = generateCluster({ pods: 300, policies: 250, namespaces: 5, seed: 2 });
    await page.goto('/');
    await toolbar.openDesign('many.yaml', doc);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    const tab = page.getByRole('tab', { name: /^Findings \(\d{3}\)$/ });
    await tab.click();
    const total = Number(/\d+/.exec(await tab.innerText())?.[0]);
    const panel = page.getByRole('region', { name: 'Findings' });
    const items = panel.getByRole('list', { name: 'Findings list' }).getByRole('listitem');
    await expect(items).toHaveCount(100);
    const more = panel.getByRole('button', { name: `Show all ${String(total)} findings` });
    await more.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/findings-show-all.png' });
    await more.click();
    await expect(items).toHaveCount(total);
    await expect(more).toHaveCount(0);
  });
});

/** A frame of the page: whether shop.yaml is on show, and what the Findings panel says. */
interface Frame {
  readonly imported: boolean;
  readonly threeTierFindings: boolean;
  readonly looking: boolean;
}

test.describe('when another design is opened over one with findings', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`the Findings panel never lists the first design's findings for the second (${String(width)}×${String(height)})`, async ({
      page,
      toolbar,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?fixture=three-tier');
      await page.getByRole('tab', { name: /^Findings \(\d+\)$/ }).click();
      const panel = page.getByRole('region', { name: 'Findings' });
      await expect(panel.getByRole('listitem').filter({ hasText: 'prod/web' })).not.toHaveCount(0);
      // Every frame from now on: is the second design on show, and does the panel list the first's?
      await page.evaluate(() => {
        const frames: Frame[] = [];
        (window as unknown as { frames_: Frame[] }).frames_ = frames;
        const record = () => {
          const status = [...document.querySelectorAll('[role="status"]')]
            .map((e) => e.textContent)
            .join(' ');
          const text = document.querySelector('[aria-label="Findings"]')?.textContent ?? '';
          frames.push({
            imported: status.includes('Imported shop.yaml'),
            threeTierFindings: text.includes('prod/'),
            looking: text.includes('Looking for findings'),
          });
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      const shop = generateCluster({ pods: 60, namespaces: 4, policies: 20, seed: 3 });
      await toolbar.openDesign('shop.yaml', shop);
      await expect(
        page.getByRole('status').filter({ hasText: 'Imported shop.yaml' }),
      ).toBeVisible();
      await page.screenshot({ path: `test-results/findings-second-import-${String(width)}.png` });
      const shows = panel.getByRole('button', { name: 'Show' });
      await expect(shows.first()).toBeEnabled({ timeout: 15_000 });
      await expect(panel).not.toContainText('prod/');
      const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
      const second = frames.filter((f) => f.imported);
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((f) => f.threeTierFindings)).toEqual([]);
      expect(second.some((f) => f.looking)).toBe(true);

      // Undo brings the first design back with its own findings; redo the second's.
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(panel).toContainText('prod/web');
      await expect(shows.first()).toBeEnabled();
      await page.getByRole('button', { name: 'Redo' }).click();
      await expect(panel).not.toContainText('prod/');
      await expect(shows.first()).toBeEnabled();
    });
  }
});

test.describe('when a large design opens with its namespaces collapsed', () => {
  test('a namespace box’s findings badge sits inside the box', async ({ page, collapsed }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await collapsed.open(
      'cluster-200.yaml',
      generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 4242 }),
    );
    const box = page
      .locator('.react-flow__node-namespace')
      .filter({ has: page.getByRole('button', { name: /^\d+ findings?$/ }) })
      .first();
    const badge = box.getByRole('button', { name: /^\d+ findings?$/ });
    await expect(badge).toBeVisible();
    // Where the small print is drawn (the fit), and zoomed out to where it is not.
    for (const band of ['full', 'compact']) {
      await collapsed.zoomTo(band, collapsed.zoomOut);
      let last = '';
      await expect
        .poll(
          async () => {
            const [b, n] = await Promise.all([badge.boundingBox(), box.boundingBox()]);
            if (b === null || n === null) return 'not drawn';
            const now = JSON.stringify([b, n]);
            const rested = now === last;
            last = now;
            if (!rested) return 'moving';
            const inside =
              b.x >= n.x &&
              b.y >= n.y &&
              b.x + b.width <= n.x + n.width &&
              b.y + b.height <= n.y + n.height;
            return inside ? 'inside' : JSON.stringify({ b, n });
          },
          { intervals: [500], timeout: 30_000 },
        )
        .toBe('inside');
    }
    await page.screenshot({ path: 'test-results/findings-badge-collapsed-1440.png' });
    await badge.click();
    await expect(page.getByRole('tab', { name: /^Findings \(\d+\)$/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
