import { expect, test } from './fixtures';

test.describe('when something is clicked on the canvas while another tab is open', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('the Inspector opens on a workload, a namespace, an external endpoint and a line', async ({
    page,
    canvas,
    inspector,
  }) => {
    const title = inspector.panel.getByRole('heading', { level: 2 });
    await page.getByRole('tab', { name: 'Policies' }).click();
    await canvas.workload('prod/web').click();
    await expect(inspector.tab).toHaveAttribute('aria-selected', 'true');
    await expect(title).toContainText('web in namespace prod');

    await page.getByRole('tab', { name: 'YAML' }).click();
    await canvas.namespace('dev').click({ position: { x: 20, y: 10 } });
    await expect(inspector.tab).toHaveAttribute('aria-selected', 'true');
    await expect(title).toContainText('dev namespace');

    await page.getByRole('tab', { name: /^Findings/ }).click();
    await canvas.external('backup-server').click();
    await expect(inspector.tab).toHaveAttribute('aria-selected', 'true');
    await expect(title).toContainText('backup-server outside the cluster');

    await page.getByRole('tab', { name: 'Traffic table' }).click();
    await canvas.lineLabel('prod/api', 'prod/db').click();
    await expect(inspector.tab).toHaveAttribute('aria-selected', 'true');
    await expect(inspector.explanation).toContainText('prod/api → prod/db on TCP port 3306');
    await page.screenshot({ path: 'test-results/selection-inspector.png' });
  });

  test('the Walk tab stays while a walk is on show', async ({ canvas, walk }) => {
    await walk.walk('prod/api', 'prod/db', 3306);
    await expect(walk.callout).toBeVisible();
    // The walk dims what it does not walk: one of its ends is picked.
    await canvas.workload('prod/api').click();
    await expect(walk.tab).toHaveAttribute('aria-selected', 'true');
    await expect(walk.panel).toBeVisible();
  });
});

test('a line shows a pointer; a node shows a focus ring when the keyboard brings it, not on a click', async ({
  page,
  canvas,
}) => {
  await page.goto('/?fixture=three-tier');
  const line = page.getByTestId('rf__edge-workload:prod/web>workload:prod/api');
  await expect(line).toHaveCSS('cursor', 'pointer');
  const node = page.getByTestId('rf__node-workload:prod/web');
  const card = canvas.workload('prod/web');
  await card.click();
  await expect(node).toBeFocused();
  await expect(node).toHaveCSS('outline-style', 'none');
  await expect(card).toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(node).toBeFocused();
  await expect(node).toHaveCSS('outline-style', 'none');
  await expect(card).toHaveCSS('outline-style', 'solid');
  await expect(card).toHaveCSS('outline-width', '2px');
});
