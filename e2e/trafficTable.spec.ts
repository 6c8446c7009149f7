/**
 * The Traffic table of a large design is worked out in the background worker: the tab opens at
 * once and lists the rows when they come, as the table of the design says them.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { withInferred } from '../src/engine';
import { trafficTable } from '../src/workshop/trafficTable/trafficTable';
import { expect, test } from './fixtures';

test('the Traffic tab of a large design lists its rows once the worker has them', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(90_000);
  const doc = generateCluster({ pods: 80, policies: 30, namespaces: 4, seed: 9 });
  const [row] = trafficTable(withInferred(doc)).rows;
  if (row === undefined) throw new Error('the design allows some connection');
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(page.getByRole('status')).toContainText('80 workloads', { timeout: 30_000 });

  await page.getByRole('tab', { name: 'Traffic table' }).click();
  const table = page.getByRole('region', { name: 'Traffic table' });
  const first = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: row.component }),
    hasText: row.meaning,
  });
  await expect(first.first()).toBeVisible({ timeout: 30_000 });
  // The worker's table, not one worked out on the page.
  const fromWorker = await page.evaluate(() => window.__editor?.getState().derived?.traffic);
  expect(fromWorker?.rows.length).toBeGreaterThan(60);

  await table.getByRole('searchbox').fill(row.component);
  await expect(first.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/traffic-table-large.png' });
});
