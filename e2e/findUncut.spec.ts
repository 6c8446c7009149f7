/**
 * Find on a small design zooms in on what it found: the cards beside it are never drawn cut at
 * the canvas's edge (the side panel's side above all), the found card whole.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 16, policies: 8, namespaces: 2, seed: 3 });

test('a workload found on a small design is framed with no card cut at the edges', async ({
  page,
  canvas,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openDesign('small.yaml', DOC);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const cards = page.getByTestId(/^node\.workload\./);
  // The pane the design is drawn in: the canvas's region also holds the palette's strip above it,
  // where no card is drawn (one that ends at the pane's top edge is not cut, but wholly out).
  const pane = page.getByTestId('rf__wrapper');
  const cut = async () => {
    const frame = await pane.boundingBox();
    if (frame === null) return -1;
    const boxes = await Promise.all((await cards.all()).map((c) => c.boundingBox()));
    return boxes.filter((b) => {
      if (b === null) return false;
      const inside = b.x < frame.x + frame.width && b.x + b.width > frame.x;
      const across = b.y < frame.y + frame.height && b.y + b.height > frame.y;
      const whole = b.x >= frame.x - 1 && b.x + b.width <= frame.x + frame.width + 1;
      return inside && across && !whole;
    }).length;
  };
  for (const workload of DOC.workloads.slice(0, 4)) {
    const key = `${workload.namespace}/${workload.name}`;
    await canvas.root.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: /Find workloads/ }).fill(workload.name);
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.first()).toContainText(key);
    await page.keyboard.press('Enter');
    await expect.poll(() => canvas.inView(canvas.workload(key))).toBe(true);
    await expect.poll(cut, { message: `cards cut across, ${key} found` }).toBe(0);
  }
});
