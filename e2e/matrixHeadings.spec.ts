/**
 * The namespace headings down the side of a large matrix, scrolled: one holds under the column
 * heads while its rows go by, and the next pushes it out rather than sliding over it.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });

test.use({ viewport: { width: 1280, height: 720 } });

test('scrolled, no namespace heading lies over another', async ({ page, toolbar, matrix }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await toolbar.openDesign('cluster-200.yaml', DOC);
  await expect(page.getByRole('status')).toContainText('Imported cluster-200.yaml', {
    timeout: 30_000,
  });
  await matrix.open();
  await expect(matrix.root).toContainText('200 workloads');
  // The headings in view (one at least: that of the rows under the heads), and those over another.
  const overlaps = async () => {
    const boxes = await matrix.rowGroupBoxes();
    if (boxes.length === 0) return ['no heading in view'];
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
        .map((b) => `${a.name} over ${b.name}`),
    );
  };
  // Steps of 37 px through the first namespaces' rows: past each heading, and each one coming.
  for (let top = 37; top < 1500; top += 37) {
    await matrix.table.evaluate((grid, y) => {
      grid.parentElement?.scrollTo(0, y);
    }, top);
    await expect.poll(overlaps, { message: `scrolled ${String(top)} px` }).toEqual([]);
  }
  await page.screenshot({ path: 'test-results/matrix-headings-scrolled.png' });
});
