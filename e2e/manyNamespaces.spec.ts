/**
 * A cluster of forty namespaces opens collapsed with hundreds of lines
 * between the boxes: too many to read or to draw quickly. The busiest are
 * drawn, the others wait for a pick; picking a namespace draws its own
 * lines, and only those.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 300, policies: 200, namespaces: 40, seed: 9 });

test.describe('when a cluster of forty namespaces is opened', () => {
  test.beforeEach(({ page }) => {
    test.setTimeout(90_000);
    return page.setViewportSize({ width: 1440, height: 900 });
  });

  test('its busiest box lines are drawn, the rest wait; a picked namespace draws its own', async ({
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
    const busiest = /^([\d,]+) busiest of ([\d,]+) lines: pick a namespace$/;
    await expect(note).toHaveText(busiest);
    const [, drawn = '', total = ''] = busiest.exec(await note.innerText()) ?? [];
    const lines = page.locator('.react-flow__edge');
    await expect(lines).toHaveCount(Number(drawn));
    expect(Number(drawn)).toBeGreaterThan(10);
    expect(Number(drawn)).toBeLessThanOrEqual(60);
    await page.screenshot({ path: 'test-results/many-namespaces.png' });

    await canvas.namespace('ns-12').getByText('ns-12', { exact: true }).click();
    await expect(note).toHaveText(/^[\d,]+ lines hidden: pick a namespace$/);
    const labelsOf = () => lines.evaluateAll((all) => all.map((l) => l.getAttribute('aria-label')));
    // The busiest give way to the lines of ns-12, and only those.
    await expect
      .poll(async () => {
        const now = await labelsOf();
        return now.length > 1 && now.every((label) => /\bns-12\b/.test(label ?? ''));
      })
      .toBe(true);
    const labels = await labelsOf();
    const held = Number((await note.innerText()).split(' ')[0]?.replace(/,/g, ''));
    await page.screenshot({ path: 'test-results/many-namespaces-picked.png' });

    expect(held + labels.length).toBe(Number(total.replace(/,/g, '')));

    // Nothing picked again: the busiest are drawn once more.
    await page.keyboard.press('Escape');
    await expect(note).toHaveText(busiest);
    await expect(lines).toHaveCount(Number(drawn));
  });
});
