import { expect, test } from './fixtures';

test.describe('when a new user builds the three-tier application by hand', () => {
  test('drawing web → api and api → db blocks web → db, and says why', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/');
    await expect(canvas.gettingStarted).toBeVisible();

    await canvas.dropFromPalette('Namespace', 200, 160);
    await expect(canvas.gettingStarted).toBeHidden();
    await inspector.rename('prod');
    await expect(canvas.namespace('prod')).toBeVisible();

    const box = await canvas.namespace('prod').boundingBox();
    const root = await canvas.root.boundingBox();
    if (box === null || root === null) throw new Error('no namespace box');
    await canvas.dropFromPalette('Workload', box.x - root.x + 60, box.y - root.y + 100);
    await inspector.rename('web');
    await inspector.addPort(80);
    await expect(canvas.workload('prod/web')).toContainText('ports TCP 80');

    for (const [name, port] of [
      ['api', 5000],
      ['db', 3306],
    ] as const) {
      await canvas.palette.getByRole('button', { name: '+ Workload' }).click();
      await inspector.rename(name);
      await inspector.addPort(port);
      await expect(canvas.workload(`prod/${name}`)).toContainText(`ports TCP ${port}`);
    }

    await canvas.connect('prod/web', 'prod/api');
    await expect(page.getByRole('dialog', { name: 'Allow prod/web → prod/api' })).toBeVisible();
    await page.getByRole('button', { name: 'Allow', exact: true }).click();
    await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');

    await page.keyboard.press('Escape'); // nothing selected: only what changes is drawn
    await canvas.connect('prod/api', 'prod/db');
    await page.getByRole('button', { name: 'Allow', exact: true }).click();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(page.getByRole('status')).toContainText(
      'Now blocked: prod/web → prod/db TCP 3306',
    );
    // what changed: the flipped connection is drawn for a moment
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toContainText('now blocked: TCP 3306');
    await page.screenshot({ path: 'test-results/what-changed.png' });
    await expect(canvas.workload('prod/db').getByLabel('ingress isolated')).toBeVisible();

    await canvas.workload('prod/web').click();
    const path = inspector.path('prod/web → prod/db TCP 3306');
    await expect(path).toContainText('blocked');
    await path.click();
    await expect(inspector.explanation).toContainText('BLOCKED by the ingress check at prod/db');
    await expect(inspector.explanation).toContainText(
      'isolated for ingress by policy prod/db-ingress',
    );
    await page.screenshot({ path: 'test-results/build-three-tier.png' });
  });
});
