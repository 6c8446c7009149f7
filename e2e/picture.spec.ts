import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Picks the options by their labels and saves; the file the browser downloads. */
async function savePicture(page: Page, options: readonly string[]): Promise<Download> {
  await page.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the diagram as a picture' });
  for (const option of options) await dialog.getByLabel(option).check();
  await page.screenshot({ path: 'test-results/picture-dialog.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save picture' }).click();
  await expect(dialog).toBeHidden();
  return download;
}

/** The PNG's size in pixels, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.beforeEach(async ({ page, toolbar }) => {
  await page.goto('/?fixture=three-tier');
  await toolbar.designName.fill('Shop in prod');
  await toolbar.designName.press('Enter');
});

test('the whole design as SVG parses and holds every node’s name, the name and the legend', async ({
  page,
}) => {
  const names = await page.evaluate(() => {
    const doc = window.__editor?.getState().doc;
    return [
      ...(doc?.namespaces.map((n) => n.name) ?? []),
      ...(doc?.workloads.map((w) => w.name) ?? []),
      ...(doc?.externals.map((e) => e.name) ?? []),
    ];
  });
  expect(names.length).toBeGreaterThan(5);
  const download = await savePicture(page, ['SVG (documents; sharp at any size)']);
  expect(download.suggestedFilename()).toBe('shop-in-prod.svg');
  await download.saveAs('test-results/picture-design.svg');
  const svg = (await bytesOf(download)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const name of [...names, 'Shop in prod', 'allowed', 'blocked', 'isolated']) {
    expect(parsed.text).toContain(name);
  }
});

test('a PNG for slides is drawn at 2×, the whole design or what the canvas shows', async ({
  page,
}) => {
  const whole = await savePicture(page, ['PNG (slides, chat)', '2× (for slides)']);
  expect(whole.suggestedFilename()).toBe('shop-in-prod.png');
  const png = await bytesOf(whole);
  await whole.saveAs('test-results/picture-design-2x.png');
  const size = pngSize(png);
  expect(size.width).toBeGreaterThan(1000);

  const view = await savePicture(page, [
    'What the canvas shows now',
    'Transparent',
    '1× (as on screen)',
  ]);
  expect(view.suggestedFilename()).toBe('shop-in-prod-view.png');
  await view.saveAs('test-results/picture-view-transparent.png');
  const pane = await page.locator('.react-flow').boundingBox();
  const viewSize = pngSize(await bytesOf(view));
  expect(viewSize.width).toBe(Math.max(Math.ceil(pane?.width ?? 0), 660));
});

test('the matrix saves as CSV, one line per pair and port', async ({ page }) => {
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.screenshot({ path: 'test-results/matrix-save-csv.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('shop-in-prod-reachability.csv');
  const lines = (await bytesOf(file)).toString('utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('from,to,port,protocol,allowed');
  expect(lines).toContain('prod/api,prod/db,3306,TCP,true');
});

/** Parses an SVG in the page; its parse error, if any, and the texts of the groups named. */
async function svgParts(page: Page, svg: string, groups: readonly string[]) {
  return page.evaluate(
    ({ text, names }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const textsOf = (name: string) =>
        [...doc.querySelectorAll(`g[aria-label="${name}"] text`)].map((t) => t.textContent);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent ?? null,
        groups: Object.fromEntries(names.map((name) => [name, textsOf(name)])),
      };
    },
    { text: svg, names: groups },
  );
}

test.describe('the matrix as a picture', () => {
  test.beforeEach(async ({ matrix }) => {
    await matrix.open();
  });

  test('an SVG names every source and destination, with the name and what the marks mean', async ({
    page,
  }) => {
    const nodes = await page.evaluate(() => {
      const doc = window.__editor?.getState().doc;
      return [
        ...(doc?.workloads.map((w) => ({ name: w.name, label: `${w.namespace}/${w.name}` })) ?? []),
        ...(doc?.externals.map((e) => ({ name: e.name, label: e.name })) ?? []),
      ];
    });
    await page.getByRole('button', { name: 'Picture…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the matrix as a picture' });
    await expect(dialog.getByRole('group', { name: 'What' })).toHaveCount(0);
    await dialog.getByLabel('SVG (documents; sharp at any size)').check();
    await page.screenshot({ path: 'test-results/matrix-picture-dialog.png' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save picture' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('shop-in-prod-reachability.svg');
    await file.saveAs('test-results/matrix-picture.svg');
    const svg = (await bytesOf(file)).toString('utf8');
    const parts = await svgParts(page, svg, ['Sources', 'Destinations', 'Cells', 'Legend']);
    expect(parts.error).toBeNull();
    expect(parts.title).toBe('Shop in prod');
    expect(nodes.length).toBeGreaterThan(4);
    for (const { name, label } of nodes) {
      expect(parts.groups.Sources).toContain(name);
      // A column under a namespace too narrow for its name carries it (`dev/api`).
      expect([name, label].some((text) => parts.groups.Destinations?.includes(text))).toBe(true);
    }
    expect(parts.groups.Cells).toHaveLength(nodes.length * nodes.length);
    expect(parts.groups.Legend).toEqual(
      expect.arrayContaining(['✓', 'every port allowed', '✕', 'no port allowed']),
    );
  });

  test('a PNG for slides is drawn at 2×', async ({ page }) => {
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const scale of ['1× (as on screen)', '2× (for slides)']) {
      await page.getByRole('button', { name: 'Picture…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save the matrix as a picture' });
      await dialog.getByLabel('PNG (slides, chat)').check();
      await dialog.getByLabel(scale).check();
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Save picture' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('shop-in-prod-reachability.png');
      await file.saveAs(`test-results/matrix-picture-${scale.slice(0, 2)}.png`);
      sizes[scale] = pngSize(await bytesOf(file));
    }
    const one = sizes['1× (as on screen)'];
    const two = sizes['2× (for slides)'];
    expect(one?.width).toBeGreaterThan(400);
    expect(two?.width).toBe((one?.width ?? 0) * 2);
    expect(two?.height).toBe((one?.height ?? 0) * 2);
  });
});

test('a picture saved while the page is dark is light throughout, as on a white slide', async ({
  page,
  canvas,
}) => {
  const card = canvas.workload('prod/web');
  const background = () => card.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
  const dark = await background();
  expect(dark).not.toBe(light);

  const download = await savePicture(page, ['SVG (documents; sharp at any size)']);
  const svg = (await bytesOf(download)).toString('utf8');
  const drawn = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const el = doc.querySelector<HTMLElement>('[data-testid="node.workload.prod/web"]');
    return el?.style.backgroundColor ?? null;
  }, svg);
  expect(drawn).toBe(light);
  // Nothing of the dark theme got into the picture, and the page stayed dark.
  expect(svg).not.toContain(dark);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);

  const png = await savePicture(page, ['PNG (slides, chat)', '2× (for slides)']);
  await png.saveAs('test-results/picture-from-dark-2x.png');
});

test('a picture taken during a focus dims the cards and lines the canvas dims', async ({
  page,
  canvas,
}) => {
  await canvas.focusOn('prod/api');
  await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBeLessThan(0.5);
  const download = await savePicture(page, ['SVG (documents; sharp at any size)']);
  const svg = (await bytesOf(download)).toString('utf8');
  // How opaque each is drawn in the picture: its own opacity and its ancestors', and a line's
  // stroke's, as inlined; and the arrowhead a line names.
  const drawn = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const opacity = (testId: string) => {
      let e: Element | null = doc.querySelector(`[data-testid="${testId}"]`);
      if (e === null) return null;
      const stroke = e.querySelector<SVGElement>('.nc-edge-path')?.style.strokeOpacity ?? '';
      let value = stroke === '' ? 1 : Number(stroke);
      for (; e !== null; e = e.parentElement) {
        const own = (e as HTMLElement | SVGElement).style.opacity;
        if (own !== '') value *= Number(own);
      }
      return value;
    };
    const arrowOpacity = (testId: string) => {
      const path = doc.querySelector<SVGElement>(`[data-testid="${testId}"] .nc-edge-path`);
      const marker = path?.style.getPropertyValue('marker-end') || path?.getAttribute('marker-end');
      const id = /#([\w-]+)/.exec(marker ?? '')?.[1];
      const arrow = id === undefined ? null : doc.getElementById(id)?.querySelector('path');
      return arrow === null || arrow === undefined ? null : Number(arrow.style.opacity || 1);
    };
    return {
      ownArrow: arrowOpacity('edge.workload:prod/web>workload:prod/api'),
      otherArrow: arrowOpacity('edge.external:backup-server>workload:prod/db'),
      neighbour: opacity('node.workload.prod/web'),
      away: opacity('node.workload.dev/api'),
      ownLine: opacity('edge.workload:prod/web>workload:prod/api'),
      otherLine: opacity('edge.external:backup-server>workload:prod/db'),
    };
  }, svg);
  expect(drawn.neighbour).toBe(1);
  expect(drawn.ownLine).toBe(1);
  expect(drawn.away).toBeLessThan(0.5);
  expect(drawn.otherLine).toBeLessThan(0.5);
  expect(drawn.ownArrow).toBe(1);
  expect(drawn.otherArrow).toBeLessThan(0.5);
});

test('the whole design is drawn in full detail, however far the canvas is zoomed out', async ({
  page,
  collapsed,
}) => {
  await expect
    .poll(async () => {
      await collapsed.zoomOut.click();
      return collapsed.flow.getAttribute('data-zoom-band');
    })
    .toBe('compact');
  const download = await savePicture(page, [
    'SVG (documents; sharp at any size)',
    'The whole design',
  ]);
  const svg = (await bytesOf(download)).toString('utf8');
  const shown = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const web = doc.querySelector('[data-testid="node.workload.prod/web"]');
    const badge = web?.querySelector<HTMLElement>('[aria-label="ingress isolated"]');
    if (badge === null || badge === undefined) return null;
    // Drawn when neither it nor what holds it in the card is hidden.
    const hidden: string[] = [];
    for (let e: HTMLElement | null = badge; e !== null && e !== web; e = e.parentElement) {
      hidden.push(e.style.display);
    }
    return hidden.includes('none') ? 'none' : 'shown';
  }, svg);
  expect(shown).not.toBeNull();
  expect(shown).not.toBe('none');
  // The canvas itself stays as far out as it was.
  await expect(collapsed.flow).toHaveAttribute('data-zoom-band', 'compact');
});
