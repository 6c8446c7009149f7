/**
 * With Flannel, NetworkPolicies are accepted but not enforced. Every view of
 * traffic tells the same story: the connection gets through, and here is what
 * the policies would do on a cluster that enforces them.
 */
import type { WalkPanel } from './pages/WalkPanel';
import { boxesOverlap } from './pages/Presentation';
import { expect, test } from './fixtures';

/**
 * The callout's check and outcome read whole: the outcome inside its border,
 * the check's name not squeezed into a narrow column beside it.
 */
async function expectCalloutWhole(walk: WalkPanel): Promise<void> {
  const box = await walk.callout.boundingBox();
  const outcome = await walk.callout.getByText(/^✓ PASSES, NOT ENFORCED$/).boundingBox();
  const title = await walk.callout.getByText(/^Ingress at the destination prod\/db$/).boundingBox();
  if (box === null || outcome === null || title === null) throw new Error('the callout is shown');
  expect(outcome.x + outcome.width).toBeLessThanOrEqual(box.x + box.width);
  expect(outcome.x).toBeGreaterThanOrEqual(box.x);
  expect(title.width).toBeGreaterThan(box.width * 0.6);
}

test.describe('when the three tiers lesson runs on a cluster with Flannel', () => {
  test.beforeEach(async ({ page, lesson }) => {
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    await lesson.plugin.selectOption('flannel');
    await expect(lesson.banner).toBeVisible();
    // The step's text says "blocked"; the banner says how to read it with Flannel.
    await expect(lesson.bar).toContainText('is now blocked');
    await expect(lesson.banner).toContainText(
      'Where this lesson says blocked, it tells what the policies would do on a cluster that enforces them.',
    );
  });

  test('the walk of web → db passes the check the policies would block at', async ({
    page,
    walk,
  }) => {
    await walk.walk('prod/web', 'prod/db', 3306);
    await expect(walk.panel).toContainText(
      'prod/web → prod/db on TCP port 3306: ALLOWED: not enforced with Flannel',
    );
    await walk.next.click();
    await expect(walk.callout).toContainText('Ingress at the destination prod/db');
    await expect(walk.callout).toContainText('✓ PASSES, NOT ENFORCED');
    await expect(walk.callout).toContainText('Not enforced with Flannel: the packet passes.');
    await expect(walk.callout).not.toContainText('BLOCKED');
    await expect(walk.panel).not.toContainText('The packet stops here');
    await expectCalloutWhole(walk);
    await page.screenshot({ path: 'test-results/flannel-walk.png' });
    await walk.next.click();
    await expect(walk.callout).toContainText('Reply on an established connection');
  });

  test('the canvas draws web → db getting through, its label saying what the policies would do', async ({
    page,
    canvas,
  }) => {
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText(
      'TCP 3306 · blocked if enforced',
    );
    await expect(canvas.lineBetween('prod/web', 'prod/db')).toHaveClass(/is-allowed/);
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await page.goto('/?lesson=namespaces&step=4');
    // test/api's line and dev/api's, beside it, each take the whole text, never on top.
    const fromTest = canvas.lineLabel('test/api', 'prod/db');
    const dev = canvas.lineLabel('dev/api', 'prod/db');
    await expect(fromTest).toHaveText('TCP 3306 · blocked if enforced');
    await expect(dev).toHaveText('TCP 3306 · blocked if enforced');
    const [a, b] = [await fromTest.boundingBox(), await dev.boundingBox()];
    if (a === null || b === null) throw new Error('a label is not drawn');
    const apart = a.y >= b.y + b.height || b.y >= a.y + a.height;
    expect(apart || a.x >= b.x + b.width || b.x >= a.x + a.width).toBe(true);
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText('TCP 3306');
    await page.screenshot({ path: 'test-results/flannel-namespaces-or.png' });
  });

  test("web's path list, the matrix, the Traffic table and findings agree", async ({
    page,
    canvas,
    inspector,
    matrix,
    lesson,
  }) => {
    await canvas.workload('prod/web').click();
    await inspector.tab.click();
    const path = inspector.path('prod/web → prod/db TCP 3306');
    await expect(path).toContainText('allowed');
    await expect(path).toContainText('not enforced: policies would block');
    await path.click();
    await expect(inspector.explanation.first()).toContainText(
      'ALLOWED: not enforced with Flannel (the policies would block it at the ingress check at prod/db)',
    );
    await expect(inspector.explanation.first()).not.toContainText('BLOCKED');
    await page.screenshot({ path: 'test-results/flannel-inspector.png' });

    await lesson.trafficTab.click();
    const notes = page.getByRole('note').filter({ hasText: 'Not enforced with Flannel' });
    await expect(notes.first()).toContainText('every connection gets through');
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await expect(notes.first()).toContainText('would do on a cluster that enforces them');

    await matrix.open();
    await expect(matrix.root.getByRole('note')).toContainText('every connection gets through');
    expect(await matrix.cellVerdict('prod/web', 'prod/db')).toBe('✓');
    await page.screenshot({ path: 'test-results/flannel-matrix.png' });
  });
});

test.describe('on a 1280 × 720 projector with Flannel, presented', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the banner takes one line and the walk keeps the nodes readable beside its callout', async ({
    page,
    lesson,
    presentation,
    canvas,
    walk,
  }) => {
    await page.goto('/?lesson=three-tiers&step=4');
    await lesson.plugin.selectOption('flannel');
    await lesson.present.click();
    await expect(lesson.banner).toContainText('not enforced');
    const banner = await lesson.banner.boundingBox();
    expect(banner?.height ?? Infinity).toBeLessThan(50);
    await presentation.sidePanel.click();
    await walk.walk('prod/web', 'prod/db', 3306);
    await walk.next.click();
    await expect(walk.callout).toContainText('✓ PASSES, NOT ENFORCED');
    await expectCalloutWhole(walk);
    const callout = await canvas.settledBox(walk.callout);
    const zoomButtons = await page.getByLabel('Zoom controls').boundingBox();
    if (zoomButtons === null) throw new Error('the zoom buttons are on screen');
    expect(boxesOverlap(zoomButtons, callout), 'the zoom buttons clear of the callout').toBe(false);
    for (const name of ['prod/web', 'prod/db']) {
      const card = canvas.workload(name);
      const box = await canvas.settledBox(card);
      expect(boxesOverlap(box, callout), `${name} clear of the callout`).toBe(false);
      expect(await presentation.nameHeight(card, name.slice(5))).toBeGreaterThanOrEqual(14);
    }
    await page.screenshot({ path: 'test-results/flannel-walk-1280-presented.png' });
  });
});
