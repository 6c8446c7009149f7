/**
 * Level of detail on a real-sized cluster: a generated cluster of 200
 * workloads in 11 namespaces opens with its namespaces collapsed into small
 * boxes joined by summary lines; one expands by its button (or by Find),
 * Expand all and Collapse all change them all; zooming out hides the small
 * print.
 */
import type { Locator, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { AUTOSAVE_KEY, savedEntries } from './pages/savedDesign';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
const NS3 = DOC.workloads.filter((w) => w.namespace === 'ns-3');
const FIRST = NS3[0]?.name ?? '';
const NS4_FIRST = DOC.workloads.find((w) => w.namespace === 'ns-4')?.name ?? '';

/** Find (`/`) the first workload of ns-3, collapsed, and Enter on it. */
async function findFirstOfNs3(page: Page, canvasRoot: Locator): Promise<void> {
  await canvasRoot.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const find = page.getByRole('combobox', { name: /Find workloads/ });
  await find.fill(FIRST);
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText(`ns-3/${FIRST}`);
  await page.keyboard.press('Enter');
}

test.describe('when a 200-workload cluster is opened', () => {
  test.beforeEach(({ page }) => {
    test.setTimeout(90_000);
    return page.setViewportSize({ width: 1440, height: 900 });
  });

  test('its namespaces are collapsed boxes joined by summary lines', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    // The 11 namespaces and the group outside the cluster, which Expand all opens too.
    await expect(collapsed.controls).toContainText('12 of 12 boxes collapsed');
    await expect(page.getByRole('status')).toContainText('11 of 11 namespaces collapsed: ');
    const box = canvas.namespace('ns-3');
    await expect(box).toBeVisible();
    await expect(box).toContainText(`${String(NS3.length)} workloads`);
    await expect(canvas.workload(`ns-3/${FIRST}`)).toHaveCount(0);
    await expect(collapsed.summaryLines.first()).toBeAttached();
    await expect(collapsed.summaryLines.first()).toHaveAttribute(
      'aria-label',
      /^Summary .+: \d+ connections?(, \d+ blocked)?(, \d+ partly blocked)?\. Expands/,
    );
    // Once laid out and fitted, every box is in view, its name readable (at least 9 px tall).
    const unreadable = async () => {
      const out: string[] = [];
      for (const { name } of DOC.namespaces) {
        const seen = await collapsed.onScreen(canvas.namespace(name), name);
        if (!seen.inside || seen.nameHeight < 9) out.push(name);
      }
      return out;
    };
    await expect.poll(unreadable, { timeout: 30_000 }).toEqual([]);
    await page.screenshot({ path: 'test-results/collapsed-1440.png' });

    await collapsed.expand('ns-3').click();
    await expect(canvas.workload(`ns-3/${FIRST}`)).toBeVisible();
    await expect(collapsed.collapse('ns-3')).toBeAttached();
    await expect(collapsed.controls).toContainText('11 of 12 boxes collapsed');
    // The status line counts the namespaces, not "Namespaces are collapsed".
    await expect(page.getByRole('status')).toContainText('10 of 11 namespaces collapsed: ');
    await expect(collapsed.expand('ns-4')).toBeVisible();
    await page.screenshot({ path: 'test-results/collapsed-one-expanded.png' });

    // a reload shows what was open, not the opening rule's all-collapsed view
    await expect
      .poll(async () => (await savedEntries(page))[AUTOSAVE_KEY] ?? '', { timeout: 10_000 })
      .toMatch(/"collapsed":\[(?![^\]]*"ns-3")[^\]]+\]/);
    await page.reload();
    await expect(collapsed.controls).toContainText('11 of 12 boxes collapsed', {
      timeout: 30_000,
    });
    await expect(canvas.workload(`ns-3/${FIRST}`)).toBeVisible();

    await collapsed.collapseAll.click();
    await expect(canvas.workload(`ns-3/${FIRST}`)).toHaveCount(0);
    await collapsed.expandAll.click();
    // The cards arrive a part at a time, each after a paint: a few seconds on a busy machine.
    await expect(canvas.workload(`ns-4/${NS4_FIRST}`)).toBeAttached({ timeout: 20_000 });
    await expect(collapsed.controls).not.toContainText('collapsed');
    // The status line's hint on opening collapsed boxes is gone with the last of them.
    await expect(page.getByRole('status')).toContainText('Restored your last design');
    await expect(page.getByRole('status')).not.toContainText('namespaces collapsed');
  });

  test('Find opens the namespace that hides the workload it shows', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    await findFirstOfNs3(page, canvas.root);
    await expect(canvas.workload(`ns-3/${FIRST}`)).toBeInViewport();
  });

  test('Find into a collapsed namespace moves the camera once, to where the workload lands', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    await canvas.laidOut();
    await canvas.settledBox(canvas.namespace('ns-3'));
    // Every frame from here on: the camera, and whether the card found is drawn yet.
    await page.evaluate((testId) => {
      const frames: { camera: string; card: boolean }[] = [];
      const viewport = document.querySelector('.react-flow__viewport');
      const frame = () => {
        frames.push({
          camera: viewport?.getAttribute('style') ?? '',
          card: document.querySelector(`[data-testid="${testId}"]`) !== null,
        });
        requestAnimationFrame(frame);
      };
      Object.assign(window, { cameraFrames: frames });
      requestAnimationFrame(frame);
    }, `node.workload.ns-3/${FIRST}`);
    await findFirstOfNs3(page, canvas.root);
    const card = canvas.workload(`ns-3/${FIRST}`);
    await canvas.settledBox(card);
    await expect.poll(() => canvas.inView(card)).toBe(true);
    const frames = await page.evaluate(
      () =>
        (window as unknown as { cameraFrames: { camera: string; card: boolean }[] }).cameraFrames,
    );
    // The camera stays where it was until the card is drawn where the layout put it: no move to
    // the opening box first.
    const before = frames.slice(
      0,
      frames.findIndex((f) => f.card),
    );
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((f) => f.camera)).size).toBe(1);
  });

  test('a box opened by Find covers no neighbour, and the camera frames the workload where it stays', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    // Every frame from here on: the namespace boxes that overlap on screen.
    await page.evaluate(() => {
      const seen: string[] = [];
      const frame = () => {
        const boxes = [...document.querySelectorAll('[data-testid^="node.namespace."]')].map(
          (el) => ({ name: el.getAttribute('data-testid') ?? '', at: el.getBoundingClientRect() }),
        );
        for (const a of boxes) {
          for (const b of boxes) {
            const apart =
              a.at.right <= b.at.left + 1 ||
              b.at.right <= a.at.left + 1 ||
              a.at.bottom <= b.at.top + 1 ||
              b.at.bottom <= a.at.top + 1;
            const pair = `${a.name} over ${b.name}`;
            if (a.name < b.name && !apart && !seen.includes(pair)) seen.push(pair);
          }
        }
        requestAnimationFrame(frame);
      };
      Object.assign(window, { overlapsSeen: seen });
      requestAnimationFrame(frame);
    });
    await findFirstOfNs3(page, canvas.root);
    const card = canvas.workload(`ns-3/${FIRST}`);
    // Where the card comes to rest (laid out, the camera still), it is in view.
    await canvas.settledBox(card);
    await expect.poll(() => canvas.inView(card)).toBe(true);
    const overlaps = await page.evaluate(
      () => (window as unknown as { overlapsSeen: string[] }).overlapsSeen,
    );
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: 'test-results/collapsed-found-opened.png' });
  });

  test('Expand all at 1280×720 is fitted whole, even below the usual smallest zoom', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await collapsed.open('cluster-200.yaml', DOC);
    await collapsed.expandAll.click();
    await expect(collapsed.controls).not.toContainText('collapsed', { timeout: 20_000 });
    // Opened boxes stay drawn as they were until their layout answers: wait for the cards.
    await expect(canvas.workload(`ns-4/${NS4_FIRST}`)).toBeAttached({ timeout: 20_000 });
    await expect.poll(() => canvas.zoom(), { timeout: 30_000 }).toBeLessThan(0.15);
    const cut = async () => {
      const out: string[] = [];
      for (const { name } of DOC.namespaces) {
        if (!(await collapsed.onScreen(canvas.namespace(name), name)).inside) out.push(name);
      }
      return out;
    };
    await expect.poll(cut, { timeout: 30_000 }).toEqual([]);
    await page.screenshot({ path: 'test-results/collapsed-expanded-1280.png' });
    // A larger window needs no zoom that small: zooming out still never jumps in.
    const fitted = await canvas.zoom();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect
      .poll(() => canvas.root.boundingBox().then((b) => b?.width ?? 0))
      .toBeGreaterThan(1300);
    const frame = await canvas.root.boundingBox();
    await page.mouse.move((frame?.x ?? 0) + 200, (frame?.y ?? 0) + 200);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
    expect(await canvas.zoom()).toBeLessThanOrEqual(fitted + 0.001);
  });

  test('Expand all frames the design before its cards arrive, so each is drawn once', async ({
    page,
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    // Every frame from here on: the camera, and how many workload cards are drawn.
    await page.evaluate(() => {
      const frames: { camera: string; cards: number }[] = [];
      const frame = () => {
        const camera = document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
        const cards = document.querySelectorAll('[data-testid^="node.workload."]').length;
        frames.push({ camera, cards });
        requestAnimationFrame(frame);
      };
      Object.assign(window, { framesSeen: frames });
      requestAnimationFrame(frame);
    });
    await collapsed.expandAll.click();
    await expect(collapsed.controls).not.toContainText('collapsed', { timeout: 20_000 });
    await expect(canvas.workload(`ns-4/${NS4_FIRST}`)).toBeAttached({ timeout: 20_000 });
    const seen = () =>
      page.evaluate(
        () => (window as unknown as { framesSeen: { camera: string; cards: number }[] }).framesSeen,
      );
    // Settled: every card drawn and the camera still for a while.
    await expect
      .poll(async () => {
        const frames = await seen();
        const last = frames.at(-1);
        const still = frames.slice(-10).every((f) => f.camera === last?.camera);
        return still && last?.cards === DOC.workloads.length;
      })
      .toBe(true);
    const frames = await seen();
    const final = frames.at(-1)?.camera;
    const framedAt = frames.findIndex((f, i) => frames.slice(i).every((g) => g.camera === final));
    // The camera was in its final place while cards were still arriving.
    expect(frames[framedAt]?.cards ?? 0).toBeLessThan(DOC.workloads.length);
  });

  test('a peer picked in the Inspector is shown on the canvas, its namespace opened', async ({
    page,
    canvas,
    inspector,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    // kube-system/kube-dns may open connections to ns-2/app-5-cache-2 (redis, 6379): both
    // namespaces are collapsed until one is asked for.
    await canvas.root.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-5-cache-2');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.first()).toContainText('ns-2/app-5-cache-2');
    await page.keyboard.press('Enter');
    // Find opens ns-2, and moves the camera once its cards are drawn where they stay.
    await canvas.cameraMoved();
    await expect(canvas.workload('ns-2/app-5-cache-2')).toBeInViewport();
    const from = inspector.panel.getByRole('region', { name: 'Accepts connections from' });
    await from.getByRole('button', { name: /^kube-system\/kube-dns / }).click();
    await expect(
      page.getByRole('heading', { name: /^kube-system\/kube-dns → ns-2\/app-5-cache-2/ }).first(),
    ).toBeVisible();
    // Shown: kube-system opens, and the camera moves to both ends once they are drawn.
    await canvas.cameraMoved();
    const dns = canvas.workload('kube-system/kube-dns');
    await expect(dns).toBeVisible();
    expect(await canvas.inView(dns)).toBe(true);
    expect(await canvas.inView(canvas.workload('ns-2/app-5-cache-2'))).toBe(true);
    await page.screenshot({ path: 'test-results/collapse-peer-shown.png' });
  });

  test('a summary line, clicked, expands the namespace at its end', async ({
    canvas,
    collapsed,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    const line = collapsed.summaryLines.first();
    const name = (await line.getAttribute('aria-label')) ?? '';
    const from = /^Summary namespace (\S+) to/.exec(name)?.[1];
    expect(from).toBeDefined();
    // The line's middle may lie under another; the click goes to the line itself.
    await line.dispatchEvent('click');
    await expect(collapsed.collapse(from ?? '')).toBeAttached();
    await expect(canvas.namespace(from ?? '')).not.toContainText('Expand');
  });
});

test('zooming out hides the small print and keeps names', async ({ page, canvas, collapsed }) => {
  await page.goto('/?fixture=three-tier');
  const web = canvas.workload('prod/web');
  await expect(web).toBeVisible();
  await expect(collapsed.flow).toHaveAttribute('data-zoom-band', 'full');
  const ports = web.getByText(/^ports /);
  await expect(ports).toBeVisible();
  await expect(canvas.lineLabel('prod/web', 'prod/api')).toBeVisible();
  for (const band of ['compact', 'names']) {
    await expect
      .poll(async () => {
        await collapsed.zoomOut.click();
        return collapsed.flow.getAttribute('data-zoom-band');
      })
      .toBe(band);
    await expect(ports).toBeHidden();
    // The compact band keeps the lines' labels, larger, so that a fitted view says which port a
    // line carries; names alone hide them.
    const label = canvas.lineLabel('prod/web', 'prod/api');
    await (band === 'compact' ? expect(label).toBeVisible() : expect(label).toBeHidden());
    await expect(web.getByText('web', { exact: true })).toBeVisible();
  }
});

test('zoomed out to names, a blocked line keeps visible dashes, three times as long', async ({
  page,
  canvas,
  collapsed,
}) => {
  // Step 5 of the lesson draws db → api blocked (dashed) beside api → db.
  await page.goto('/?lesson=three-tiers&step=5');
  const blocked = canvas.lineBetween('prod/db', 'prod/api');
  await expect(blocked).toHaveClass(/is-blocked/);
  const dashes = () =>
    blocked
      .locator('path')
      .first()
      .evaluate((path) =>
        (getComputedStyle(path).strokeDasharray.match(/[\d.]+/g) ?? []).map(Number),
      );
  await collapsed.zoomTo('full', collapsed.zoomIn);
  const desk = await dashes();
  expect(desk).toEqual([7, 5]);
  await collapsed.zoomTo('names', collapsed.zoomOut);
  // At the fitted zoom of a large design (0.08) the desk's dashes would be under a pixel.
  expect(await dashes()).toEqual(desk.map((length) => length * 3));
});

test('zoomed out to names, the dots to draw a flow go; zoomed in, a flow starts at its dot', async ({
  page,
  canvas,
  collapsed,
}) => {
  await page.goto('/?fixture=three-tier');
  const dot = page.getByLabel('Draw a flow from prod/web', { exact: true });
  await expect(dot).toBeVisible();
  await collapsed.zoomTo('compact', collapsed.zoomOut);
  await expect(dot).toBeVisible();
  await collapsed.zoomTo('names', collapsed.zoomOut);
  await expect(dot).toBeHidden();
  // The cards mount again once the box opens. Expand moves the camera to the box at once, at a
  // zoom where its names can be read, so they may mount in the names band (dots not laid out)
  // or in the band the camera reaches: in either, a flow later starts at its dot.
  await collapsed.collapse('prod').click();
  await expect(canvas.workload('prod/web')).toHaveCount(0);
  await collapsed.expand('prod').click();
  const bandWhenMounted = await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="node.workload.prod/web"]') !== null &&
      document.querySelector('[data-testid="rf__wrapper"]')?.getAttribute('data-zoom-band'),
    null,
    { polling: 'raf' },
  );
  expect(['names', 'compact', 'full']).toContain(await bandWhenMounted.jsonValue());
  await collapsed.zoomTo('full', collapsed.zoomIn);
  await expect(dot).toBeVisible();
  // The line being drawn leaves from the dot, not from where a dot not laid out was measured.
  const at = await canvas.settledBox(dot);
  const centre = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 80, centre.y + 60, { steps: 5 });
  const start = await page.locator('.react-flow__connection-path').evaluate((el) => {
    const path = el as SVGPathElement;
    const matrix = path.getScreenCTM();
    const p = path.getPointAtLength(0);
    const q = matrix === null ? p : p.matrixTransform(matrix);
    return { x: q.x, y: q.y };
  });
  await page.mouse.up();
  expect(Math.hypot(start.x - centre.x, start.y - centre.y)).toBeLessThan(6);
});

test('a collapsed box says it holds the pods a picked policy selects and its peers', async ({
  page,
  canvas,
  collapsed,
  policyPanel,
}) => {
  await page.goto('/?fixture=three-tier');
  await canvas.drawn();
  await expect(canvas.workload('prod/api')).toBeVisible();
  // api-policy selects prod's API pods; its rules name prod's web and db pods. Picked in the
  // list, it opens prod (the pods it selects are brought into view): once that move is made,
  // the user collapses every namespace, the policy still picked.
  await policyPanel.pick('api-policy');
  await canvas.cameraMoved();
  await canvas.drawn();
  await expect(canvas.workload('prod/api')).toHaveAccessibleDescription('selected by policy');
  await collapsed.collapseAll.click();
  await expect(canvas.workload('prod/api')).toHaveCount(0);
  const prod = page.getByRole('group', { name: 'Namespace prod', exact: true });
  await expect(prod).toHaveAccessibleDescription('selected by policy peer of policy');
  const dev = page.getByRole('group', { name: 'Namespace dev', exact: true });
  await expect(dev).toHaveAccessibleDescription('');
});
