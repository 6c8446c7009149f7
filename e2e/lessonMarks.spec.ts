import { expect, test } from './fixtures';

test.describe('when a lesson step adds a policy that blocks a connection', () => {
  test('marks it "now blocked" until the next step, not for 4 seconds only', async ({
    page,
    canvas,
    lesson,
  }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=2');
    await expect(lesson.title).toHaveText('Who starts the connection names its direction');
    await lesson.next.click();
    await expect(lesson.title).toHaveText('db-policy isolates the database for ingress');
    const marker = canvas.lineLabel('prod/web', 'prod/db');
    await expect(marker).toHaveText('⊘ now blocked: TCP 3306');
    await page.clock.fastForward(5000);
    await page.clock.fastForward(5000);
    await expect(marker).toHaveText('⊘ now blocked: TCP 3306');
    // The line stays drawn too (a level line has a box of no height: measure its length).
    const line = await canvas.lineBetween('prod/web', 'prod/db').boundingBox();
    expect(line?.width ?? 0).toBeGreaterThan(100);
    await canvas.settledBox(marker);
    await page.screenshot({ path: 'test-results/lesson-now-blocked-after-10s.png' });
    await lesson.next.click();
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    // The next step is the same design: nothing changed, nothing is marked.
    await expect(canvas.lineLabels.filter({ hasText: /now blocked/ })).toHaveCount(0);
  });

  test('marks it when Next is clicked before the lines of the step before were worked out', async ({
    page,
    canvas,
    lesson,
  }) => {
    // The worker that works out the lines starts only once the step has moved on (a link
    // opened on a busy machine, a trainer quick on the clicker).
    let startWorker = () => {};
    const stepped = new Promise<void>((resolve) => {
      startWorker = resolve;
    });
    await page.route('**/derive.worker-*.js', async (route) => {
      await stepped;
      await route.continue();
    });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=2');
    await expect(lesson.title).toHaveText('Who starts the connection names its direction');
    await lesson.next.click();
    await expect(lesson.title).toHaveText('db-policy isolates the database for ingress');
    startWorker();
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText('⊘ now blocked: TCP 3306');
  });

  test('marks nothing when a lesson opens over a design, or closes', async ({
    page,
    canvas,
    lesson,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('dev/api')).toBeVisible();
    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog', { name: 'Lessons' })
      .getByRole('button', { name: 'Namespaces' })
      .click();
    await expect(lesson.where).toHaveText(/^Step 1 of \d+$/);
    await expect(canvas.workload('test/api')).toBeVisible();
    await expect(canvas.lineLabels.filter({ hasText: /now (blocked|allowed)/ })).toHaveCount(0);
    await lesson.exit.click();
    await expect(canvas.workload('dev/api')).toBeVisible();
    await expect(canvas.lineLabels.filter({ hasText: /now (blocked|allowed)/ })).toHaveCount(0);
  });
});
