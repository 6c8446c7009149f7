/**
 * "Who can reach redis-cart, on what port?" read from the canvas: the picked workload's lines
 * say their ports, even a short one between two cards side by side (cartservice → redis-cart),
 * where no spot off the cards is free: its label is drawn above the cards, as a picked line's
 * is. Online Boutique as 13 pods (`files/boutique.yaml`), the design of a user tryout.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const BOUTIQUE = readFileSync(new URL('./files/boutique.yaml', import.meta.url), 'utf8');
const CART = 'boutique/cartservice';

for (const [width, height, presented] of [
  [1440, 900, false],
  [1440, 900, true],
  [1920, 1080, false],
] as const) {
  test.describe(`at ${String(width)}×${String(height)}${presented ? ', presented' : ''}`, () => {
    test.use({ viewport: { width, height } });

    test('the picked workload’s lines say their ports, on no other label', async ({
      page,
      canvas,
      toolbar,
    }) => {
      await page.goto('/');
      await expect(canvas.root).toBeVisible();
      await toolbar.openYamlFile('boutique.yaml', BOUTIQUE);
      await expect(page.getByRole('status')).toContainText('18 policies', { timeout: 30_000 });
      await canvas.settledBox(canvas.namespace('boutique'));
      if (presented) {
        await page.getByRole('button', { name: 'Present', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
      }
      await canvas.workload(CART).click({ position: { x: 30, y: 12 } });
      const ports = [
        ['boutique/frontend', CART, 'TCP 7070'],
        ['boutique/checkoutservice', CART, 'TCP 7070'],
        [CART, 'boutique/redis-cart', 'TCP 6379'],
      ] as const;
      for (const [from, to, port] of ports) {
        const label = canvas.lineLabel(from, to);
        await expect(label, `${from} → ${to}`).toHaveText(port, { timeout: 10_000 });
        await expect(label, `${from} → ${to}`).toBeVisible();
      }
      // No two labels on show lie on one another.
      const overlaps = await canvas.lineLabels.evaluateAll((all) => {
        const boxes = all
          .filter((l) => l.checkVisibility())
          .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }));
        return boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter(
              (b) =>
                a.r.left < b.r.right &&
                b.r.left < a.r.right &&
                a.r.top < b.r.bottom &&
                b.r.top < a.r.bottom,
            )
            .map((b) => `${a.text} on ${b.text}`),
        );
      });
      expect(overlaps).toEqual([]);
    });
  });
}
