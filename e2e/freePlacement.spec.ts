/** A node added from the palette goes to a free place, never on another node. */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

function apart(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height
  );
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (b === null) throw new Error('not visible');
  return b;
}

test.describe('when a workload is added from the palette twice', () => {
  test('clicked: the second sits next to the first, not on it or on another card', async ({
    page,
    canvas,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.root).toBeVisible();
    await canvas.namespace('prod').click({ position: { x: 12, y: 8 } });
    const add = canvas.palette.getByRole('button', { name: '+ Workload', exact: true });
    await add.click();
    await add.click();
    const first = await canvas.settledBox(canvas.workload('prod/workload-1'));
    const second = await canvas.settledBox(canvas.workload('prod/workload-2'));
    expect(apart(first, second)).toBe(true);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeLessThan(3 * first.width);
    for (const other of ['prod/web', 'prod/api', 'prod/db']) {
      const card = await box(canvas.workload(other));
      expect(apart(first, card), `workload-1 on ${other}`).toBe(true);
      expect(apart(second, card), `workload-2 on ${other}`).toBe(true);
    }
  });

  test('dropped at the same point: the second lands beside the first', async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.root).toBeVisible();
    const prod = await canvas.settledBox(canvas.namespace('prod'));
    const root = await box(canvas.root);
    const x = prod.x - root.x + prod.width / 2;
    const y = prod.y - root.y + prod.height - 30;
    await canvas.dropFromPalette('Workload', x, y);
    await expect(canvas.workload('prod/workload-1')).toBeVisible();
    await canvas.dropFromPalette('Workload', x, y);
    const first = await canvas.settledBox(canvas.workload('prod/workload-1'));
    const second = await canvas.settledBox(canvas.workload('prod/workload-2'));
    expect(apart(first, second)).toBe(true);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeLessThan(3 * first.width);
  });
});
