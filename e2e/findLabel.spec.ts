/**
 * Find by a label on a large design: the workloads carrying it marked (the rest dimmed by the
 * focus's veil), counted in the status line, framed by the camera; Escape clears it. A
 * collapsed design opens only the namespaces whose cards fit the focus's budget.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { FoundMarks } from './pages/FoundMarks';
import { MIN_ZOOM } from '../src/canvas/minZoom';

test('a label picked in Find marks, counts and frames its workloads; Escape clears', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
  await toolbar.openDesign('held-200.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const caches = doc.workloads.filter((w) => w.labels.tier === 'cache');
  const found = new FoundMarks(page);
  expect(await found.pickLabel('tier=cache')).toContain(`label on ${String(caches.length)}`);
  await expect.poll(() => canvas.cameraRequest(), { timeout: 60_000 }).toBeNull();
  const namespaces = new Set(caches.map((w) => w.namespace)).size;
  const status = page.getByRole('status');
  await expect(status).toContainText(
    `${String(caches.length)} workloads with tier=cache in ${String(namespaces)} namespaces`,
  );
  expect(await found.dimming()).toBe(true);
  // Every cache drawn is lit and in view; no other card is lit.
  await expect
    .poll(async () => Object.values(await found.cards()).filter(Boolean).length, {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  await canvas.drawn();
  const cards = await found.cards();
  const cacheKeys = new Set(caches.map((w) => `${w.namespace}/${w.name}`));
  for (const [key, lit] of Object.entries(cards)) expect(lit, key).toBe(cacheKeys.has(key));
  // Framed where names read, never farther out than Zoom Out goes (it went to 0.256, the boxes'
  // print 5 px): those drawn that do not fit there lie beyond the view, and the status line
  // counts those in view.
  expect(await canvas.zoom()).toBeGreaterThanOrEqual(MIN_ZOOM - 1e-6);
  const drawn = Object.keys(cards).filter((k) => cacheKeys.has(k));
  // Seen whole on the canvas, and clear of the strip the controls take along its foot.
  let onCanvas = 0;
  let clear = 0;
  for (const key of drawn) {
    if (await canvas.inView(canvas.workload(key))) onCanvas += 1;
    if (await canvas.inFreeArea(canvas.workload(key))) clear += 1;
  }
  expect(clear).toBeGreaterThan(0);
  const told = /(\d+) of the (\d+) drawn in view \(pan for the others\)/.exec(
    await status.innerText(),
  );
  if (told === null) expect(clear).toBe(drawn.length);
  else {
    expect(Number(told[2])).toBe(drawn.length);
    expect(Number(told[1])).toBeGreaterThanOrEqual(clear);
    expect(Number(told[1])).toBeLessThanOrEqual(onCanvas);
  }
  await page.keyboard.press('Escape');
  await expect(status).not.toContainText('with tier=cache');
  expect(await found.dimming()).toBe(false);
  expect(Object.values(await found.cards()).some(Boolean)).toBe(false);
});

test('a label on the 1,000-workload design does not open every namespace', async ({
  page,
  toolbar,
  canvas,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 1 });
  await toolbar.openDesign('held-1000.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible({
    timeout: 120_000,
  });
  const found = new FoundMarks(page);
  await found.pickLabel('tier=cache');
  await expect.poll(() => canvas.cameraRequest(), { timeout: 120_000 }).toBeNull();
  const holding = new Set(
    doc.workloads.filter((w) => w.labels.tier === 'cache').map((w) => w.namespace),
  );
  const collapsed = await page.evaluate(() => window.__editor?.getState().collapsed ?? []);
  expect(collapsed.filter((name) => holding.has(name)).length).toBeGreaterThan(0);
  expect(doc.namespaces.filter((n) => !collapsed.includes(n.name)).length).toBeLessThan(
    holding.size,
  );
  await expect(page.getByRole('status')).toContainText(/of them wait in \d+ collapsed namespaces/);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`a collapsed box holding matches Find left closed says how many (${String(width)}×${String(height)})`, async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
    await toolbar.openDesign('held-200.yaml', doc);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await new FoundMarks(page).pickLabel('tier=cache');
    await expect.poll(() => canvas.cameraRequest(), { timeout: 60_000 }).toBeNull();
    const collapsed = await page.evaluate(() => window.__editor?.getState().collapsed ?? []);
    const caches = doc.workloads.filter((w) => w.labels.tier === 'cache');
    const waiting = collapsed.filter((name) => caches.some((w) => w.namespace === name));
    expect(waiting.length).toBeGreaterThan(0);
    for (const name of waiting) {
      const count = caches.filter((w) => w.namespace === name).length;
      await expect(canvas.namespace(name)).toContainText(`${String(count)} with tier=cache`);
    }
    const others = collapsed.filter((n) => !waiting.includes(n) && n !== 'outside:cluster');
    for (const name of others) await expect(canvas.namespace(name)).not.toContainText('with tier');
    await page.screenshot({ path: `test-results/found-counts-${String(width)}.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('main', { name: 'Canvas' })).not.toContainText('with tier=cache');
  });
}
