/**
 * Online Boutique read from the fitted view, as an engineer opens the policies a live cluster
 * printed (`../shared/corpus/real`, next to the repository; skipped when absent): where each
 * line ends, and which port each line carries.
 */
import type { Locator, Page } from '@playwright/test';
import { openBoutique, hasBoutique, NO_CORPUS } from './corpus';
import { expect, test } from './fixtures';

/** The id of the line whose label on show `line` is read by: its own, or its fan's; or null. */
function labelOfLine(line: Locator) {
  return line.evaluate((g) => {
    const id = (g.getAttribute('data-testid') ?? '').slice('edge.'.length);
    const labelId = g.getAttribute('data-fan-label') ?? id;
    const label = document.querySelector(`[data-testid="edge-label.${CSS.escape(labelId)}"]`);
    return label?.checkVisibility() === true ? labelId : null;
  });
}

/** The lines saying something else than line `id` that run under its label, on screen. */
function linesUnder(page: Page, id: string) {
  return page.evaluate((id) => {
    const label = document.querySelector(`[data-testid="edge-label.${CSS.escape(id)}"]`);
    if (label === null) return ['no label'];
    const box = label.getBoundingClientRect();
    const saysOf = (g: Element) =>
      / on (.*): [^:]*$/.exec(g.closest('[aria-label]')?.getAttribute('aria-label') ?? '')?.[1];
    const own = document.querySelector(`[data-testid="edge.${CSS.escape(id)}"]`);
    const says = own === null ? undefined : saysOf(own);
    return [...document.querySelectorAll('[data-testid^="edge."]')].flatMap((g) => {
      if (g === own || saysOf(g) === says) return [];
      const path = g.querySelector<SVGPathElement>('.nc-edge-path');
      const matrix = path?.getScreenCTM();
      if (path == null || matrix == null) return [];
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 1) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        if (p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom) {
          return [g.getAttribute('data-testid') ?? ''];
        }
      }
      return [];
    });
  }, id);
}

test.describe('Online Boutique’s policies from a live cluster, fitted', () => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasBoutique, NO_CORPUS);

  test.beforeEach(async ({ page, canvas, toolbar }) => {
    await openBoutique({ page, canvas, toolbar });
  });

  for (const [width, height] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    test.describe(`at ${String(width)}×${String(height)}`, () => {
      test.use({ viewport: { width, height } });

      test('each line to Anywhere ends at its own spot, its arrowhead apart', async ({
        page,
        canvas,
      }) => {
        const toAnywhere = page.getByLabel(/^Flow .* to anywhere on /);
        await expect(toAnywhere).toHaveCount(11);
        const ends = async () => {
          const points = await Promise.all((await toAnywhere.all()).map((l) => canvas.lineEnd(l)));
          // How near the two nearest ends are, on screen.
          return Math.min(
            ...points.flatMap((p, i) =>
              points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y)),
            ),
          );
        };
        await expect.poll(ends, { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
      });
    });
  }

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    test.describe(`fitted at ${String(width)}×${String(height)}`, () => {
      test.use({ viewport: { width, height } });

      test('the fan of lines into Anywhere says “all ports” once, beside Anywhere', async ({
        page,
        canvas,
      }) => {
        await expect.poll(() => canvas.fitted(), { timeout: 15_000 }).toBe(true);
        const allPorts = canvas.lineLabels.filter({ hasText: /^all ports$/ });
        await expect(allPorts).toHaveCount(1, { timeout: 10_000 });
        // Each of the 11 lines is read through it: its own label, or the fan's (`data-fan-label`).
        const toAnywhere = page.getByLabel(/^Flow .* to anywhere on /);
        await expect(toAnywhere).toHaveCount(11);
        const labelled = await canvas.linesLabelled();
        const ids = await toAnywhere.evaluateAll((all) =>
          all.map((l) => (l.getAttribute('data-testid') ?? '').slice('rf__edge-'.length)),
        );
        expect(ids.filter((id) => labelled[id] !== true)).toEqual([]);
        // Where the lines end together: within two labels' height of the card.
        const label = await canvas.settledBox(allPorts);
        const anywhere = await canvas.settledBox(page.getByTestId('node.any:*'));
        const gap = Math.max(0, label.y - (anywhere.y + anywhere.height), anywhere.y - label.y);
        expect(gap).toBeLessThan(2 * label.height);
        await expect.poll(() => canvas.labelsAstray()).toEqual([]);
      });
    });
  }

  test.describe('fitted at 1280×720, its long lines through the bundle', () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('each says its port on a label on no card and on no line saying else', async ({
      page,
      canvas,
    }) => {
      await expect.poll(() => canvas.fitted(), { timeout: 15_000 }).toBe(true);
      const ns = 'onlineboutique';
      for (const [from, to, port] of [
        ['frontend', 'adservice', 'TCP 9555'],
        ['checkoutservice', 'currencyservice', 'TCP 7000'],
        ['checkoutservice', 'productcatalogservice', 'TCP 3550'],
        ['frontend', 'shippingservice', 'TCP 50051'],
      ] as const) {
        // Its own label, or the one it shares with a line saying the same (`data-fan-label`).
        const line = canvas.line(`${ns}/${from}`, `${ns}/${to}`);
        await expect.poll(() => labelOfLine(line), { timeout: 10_000 }).not.toBeNull();
        const labelId = (await labelOfLine(line)) ?? '';
        const label = page.getByTestId(`edge-label.${labelId}`);
        await expect(label, `${from} → ${to}`).toBeVisible();
        await expect(label, `${from} → ${to}`).toHaveText(
          new RegExp(`^${port.replace(' ', '\\s')}$`),
        );
        expect(await linesUnder(page, labelId), `${from} → ${to}`).toEqual([]);
      }
      await expect.poll(() => canvas.labelsAstray()).toEqual([]);
    });
  });

  test.describe('at 1280×720, where the fitted view is in the compact band', () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('the lines say which port they carry, at least 9 px tall on screen', async ({
      canvas,
    }) => {
      // "Can frontend reach cartservice on 7070?" read from the fitted view.
      const ports = canvas.lineLabels.filter({ hasText: /^TCP \d+$/ });
      await expect(ports.filter({ hasText: 'TCP 7070' }).first()).toBeVisible();
      // The smallest port label's text height on screen, once the layout is in and fitted.
      const smallest = async () => {
        if (!(await canvas.fitted())) return 0;
        const zoom = await canvas.zoom();
        expect(zoom).toBeLessThan(0.6);
        const sizes = await ports.evaluateAll((all) =>
          all
            .filter((l) => l.checkVisibility())
            .map((l) => parseFloat(getComputedStyle(l).fontSize)),
        );
        return sizes.length < 4 ? 0 : Math.min(...sizes) * zoom;
      };
      await expect.poll(smallest, { timeout: 15_000 }).toBeGreaterThanOrEqual(9);
      await expect.poll(() => canvas.labelsAstray()).toEqual([]);
    });
  });

  test.describe('presented at 1280×720, where the fitted view is in the names band', () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('the lines between neighbouring cards say their ports, at least 9 px tall', async ({
      page,
      canvas,
    }) => {
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
      await expect.poll(() => canvas.fitted(), { timeout: 15_000 }).toBe(true);
      const ns = 'onlineboutique';
      for (const [from, to, port] of [
        ['loadgenerator', 'frontend', /^TCP\s8080$/],
        ['frontend', 'checkoutservice', /^TCP\s5050$/],
        ['checkoutservice', 'paymentservice', /^TCP\s50051$/],
        ['checkoutservice', 'shippingservice', /^TCP\s50051$/],
      ] as const) {
        const label = canvas.lineLabel(`${ns}/${from}`, `${ns}/${to}`);
        await expect(label, `${from} → ${to}`).toBeVisible({ timeout: 10_000 });
        await expect(label, `${from} → ${to}`).toHaveText(port);
      }
      const zoom = await canvas.zoom();
      const sizes = await canvas.lineLabels.evaluateAll((all) =>
        all.filter((l) => l.checkVisibility()).map((l) => parseFloat(getComputedStyle(l).fontSize)),
      );
      expect(Math.min(...sizes) * zoom).toBeGreaterThanOrEqual(9);
      await expect.poll(() => canvas.labelsAstray()).toEqual([]);
    });
  });

  test.describe('presented at 1920×1080', () => {
    test.use({ viewport: { width: 1920, height: 1080 } });

    test('every label on show sits whole within the design, on no card', async ({
      page,
      canvas,
    }) => {
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
      await expect.poll(() => canvas.lineLabels.count()).toBeGreaterThan(10);
      await expect.poll(() => canvas.labelsAstray(), { timeout: 10_000 }).toEqual([]);
    });
  });
});
