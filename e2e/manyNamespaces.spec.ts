/**
 * A cluster of forty namespaces opens collapsed with hundreds of lines
 * between the boxes: too many to read or to draw quickly. They wait for a
 * pick; picking a namespace draws its own lines, and only those.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 300, policies: 200, namespaces: 40, seed: 9 });

test.describe('when a cluster of forty namespaces is opened', () => {
  test.beforeEach(({ page }) => {
    test.setTimeout(90_000);
    return page.setViewportSize({ width: 1440, height: 900 });
  });

  test('its box lines wait for a pick; a picked namespace draws its own', async ({
    page,
    canvas,
    collapsed,
    toolbar,
  }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.openDesign('cluster-40.yaml', DOC);
    await expect(page.getByRole('status')).toContainText('namespaces collapsed', {
      timeout: 30_000,
    });
    const note = collapsed.controls.getByRole('note');
    await expect(note).toHaveText(/^[\d,]+ lines hidden: pick a namespace$/);
    const lines = page.locator('.react-flow__edge');
    await expect(lines).toHaveCount(0);
    await page.screenshot({ path: 'test-results/many-namespaces.png' });

    await canvas.namespace('ns-12').getByText('ns-12', { exact: true }).click();
    await expect(lines.first()).toBeAttached();
    const labels = await lines.evaluateAll((all) =>
      all.map((l) => l.getAttribute('aria-label') ?? ''),
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/\bns-12\b/);
    const held = Number((await note.innerText()).split(' ')[0]?.replace(/,/g, ''));
    await page.screenshot({ path: 'test-results/many-namespaces-picked.png' });

    // Nothing picked again: every box line waits once more.
    await page.keyboard.press('Escape');
    await expect(lines).toHaveCount(0);
    await expect(note).toHaveText(
      `${(held + labels.length).toLocaleString('en')} lines hidden: pick a namespace`,
    );
  });
});
