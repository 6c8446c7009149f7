/**
 * The lines' legend: closed by default, opened from the canvas, saying what each look of a line
 * means; kept open across a reload in this browser.
 */
import { expect, test } from './fixtures';

test('the Legend button opens what each look of a line means, and a reload keeps it', async ({
  page,
  canvas,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  const legend = page.getByRole('button', { name: 'Legend' });
  const list = page.getByRole('definition');
  await expect(legend).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('partly blocked: some ports or pods get through')).toHaveCount(0);
  await legend.click();
  await expect(legend).toHaveAttribute('aria-expanded', 'true');
  await expect(list.filter({ hasText: /^allowed/ })).toBeVisible();
  await expect(list.filter({ hasText: /^blocked/ })).toBeVisible();
  await expect(list.filter({ hasText: /^partly blocked/ })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: '◐ all ports' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

for (const presented of [false, true]) {
  test.describe(`at 1440×900${presented ? ', presented' : ''}`, () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('the legend opened covers no card, and the fitted design stays whole in view', async ({
      page,
      canvas,
    }) => {
      await page.goto('/?fixture=three-tier');
      await expect(canvas.workload('dev/api')).toBeVisible();
      if (presented) {
        await page.getByRole('button', { name: 'Present', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
      }
      await page.getByRole('button', { name: 'Legend' }).click();
      const legend = page.getByLabel('What the lines mean');
      await expect(legend).toBeVisible();
      // Each node's box on screen that the legend overlaps, or that the canvas cuts.
      const astray = () =>
        page.evaluate(() => {
          const list = document.querySelector('[aria-label="What the lines mean"]');
          const flow = document.querySelector('.react-flow');
          if (list === null || flow === null) return ['no legend or canvas'];
          const l = list.getBoundingClientRect();
          const f = flow.getBoundingClientRect();
          return [...document.querySelectorAll('[data-testid^="node."]')].flatMap((n) => {
            const r = n.getBoundingClientRect();
            const id = n.getAttribute('data-testid') ?? '';
            const under =
              r.right > l.left && r.left < l.right && r.bottom > l.top && r.top < l.bottom;
            const cut =
              r.left < f.left || r.top < f.top || r.right > f.right || r.bottom > f.bottom;
            return [...(under ? [`${id} under the legend`] : []), ...(cut ? [`${id} cut`] : [])];
          });
        });
      await expect.poll(astray).toEqual([]);
    });
  });
}
