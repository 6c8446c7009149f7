/**
 * The controls drawn over the canvas (the zoom buttons, the minimap, the Legend, Expand all |
 * Collapse all) never cover a box of the fitted 1,000-workload overview, nor one another, at the
 * desk and presented.
 */
import type { Locator, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every control on screen, by its name, with its box (the minimap is hidden when presenting). */
async function controls(page: Page): Promise<{ name: string; box: Rect }[]> {
  const named: [string, Locator][] = [
    ['zoom buttons', page.getByLabel('Zoom controls')],
    ['Expand all | Collapse all', page.getByRole('group', { name: 'Namespaces' })],
    ['Legend', page.getByRole('button', { name: 'Legend' })],
    ['minimap', page.getByRole('img', { name: 'Minimap' })],
  ];
  const out: { name: string; box: Rect }[] = [];
  for (const [name, locator] of named) {
    const box = (await locator.isVisible()) ? await locator.boundingBox() : null;
    if (box !== null) out.push({ name, box });
  }
  return out;
}

/**
 * Once the camera rests (the same boxes at the same places for a second): each control over
 * another ("control over control"), and each box under a control ("node id under control").
 */
async function boxesUnderControls(page: Page): Promise<string[]> {
  const nodes = page.locator('.react-flow__node');
  const boxes = () =>
    nodes.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.getAttribute('data-id') ?? '',
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        };
      }),
    );
  let last = '';
  let drawn: Awaited<ReturnType<typeof boxes>> = [];
  await expect
    .poll(
      async () => {
        drawn = await boxes();
        const now = JSON.stringify(drawn);
        const rested = now === last && drawn.length > 0;
        last = now;
        return rested;
      },
      { intervals: [1_000], timeout: 30_000 },
    )
    .toBe(true);
  const over = await controls(page);
  expect(over.map((c) => c.name)).toContain('zoom buttons');
  const crossed = over.flatMap((a, i) =>
    over
      .slice(i + 1)
      .filter((b) => overlaps(a.box, b.box))
      .map((b) => `${a.name} over ${b.name}`),
  );
  return [
    ...crossed,
    ...drawn.flatMap((node) =>
      over.filter((c) => overlaps(node, c.box)).map((c) => `${node.id} under ${c.name}`),
    ),
  ];
}

for (const size of SIZES) {
  test(`at ${String(size.width)}×${String(size.height)} no control covers a box of the fitted 1,000-workload overview, nor another control, at the desk or presented`, async ({
    page,
    collapsed,
    presentation,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    await collapsed.open(
      'cluster-1000.yaml',
      generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 777 }),
    );
    await expect(collapsed.controls).toContainText('of 51 boxes collapsed');
    // The overview whole: the outside group and Anywhere come with the derived lines, and the
    // first fit, made before them, is framed again (judge3 F4: meanwhile the grid sits lower,
    // its bottom row under the controls at 1920×1080).
    await expect(page.getByRole('group', { name: /^Outside the cluster/ })).toBeVisible({
      timeout: 60_000,
    });
    expect(await boxesUnderControls(page)).toEqual([]);
    await page.screenshot({ path: `test-results/controls-clear-${String(size.width)}.png` });
    await presentation.present.click();
    await expect(presentation.exit).toBeVisible();
    expect(await boxesUnderControls(page)).toEqual([]);
    await page.screenshot({
      path: `test-results/controls-clear-${String(size.width)}-presented.png`,
    });
  });
}

test('presented at 1280×720, the three-tier overview keeps a margin above Expand all | Collapse all', async ({
  page,
  canvas,
  presentation,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  await presentation.present.click();
  await expect(presentation.exit).toBeVisible();
  const bar = page.getByRole('group', { name: 'Namespaces' });
  const margin = async () => {
    if (!(await canvas.fitted())) return 0;
    const top = (await bar.boundingBox())?.y ?? 0;
    const lowest = await page
      .locator('.react-flow__node')
      .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
    return top - lowest;
  };
  // As much room as the view keeps at its other sides: a box 7 px above the bar read as touching it.
  await expect.poll(margin, { timeout: 15_000 }).toBeGreaterThanOrEqual(16);
});
