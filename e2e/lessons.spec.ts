import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function fontSizeOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test.describe('when a trainer opens the three tiers lesson by its address', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?lesson=three-tiers&step=1');
  });

  test('steps with the keyboard to db-policy and shows web → db blocked', async ({
    page,
    canvas,
    inspector,
    lesson,
  }) => {
    await expect(lesson.where).toHaveText('Step 1 of 6');
    await expect(lesson.title).toHaveText('Everything is allowed by default');
    await expect(lesson.previous).toBeDisabled();
    await expect(canvas.workload('prod/web')).toBeVisible();
    for (const step of [2, 3, 4]) {
      await page.keyboard.press('ArrowRight');
      await expect(lesson.where).toHaveText(`Step ${step} of 6`);
      await expect(page).toHaveURL(new RegExp(`[?&]step=${step}$`));
    }
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText(/^⊘ .*TCP 3306$/);
    await expect(inspector.explanation).toContainText(
      'prod/web → prod/db on TCP port 3306: BLOCKED',
    );
    await page.screenshot({ path: 'test-results/lesson-db-policy.png' });
    await page.keyboard.press('PageUp');
    await expect(lesson.title).toHaveText('db-policy isolates the database for ingress');
    await page.keyboard.press('PageDown');
    await expect(lesson.where).toHaveText('Step 4 of 6');
  });

  test('presents in large type on a projector', async ({ page, canvas, lesson }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await lesson.next.click();
    await lesson.next.click();
    await lesson.next.click();
    await page.keyboard.press('p');
    await expect(lesson.exitPresentation).toBeVisible();
    await expect(lesson.present).toBeHidden();
    await expect(canvas.palette).toBeHidden();
    await expect(page.getByRole('tab', { name: 'YAML' })).toBeHidden();
    expect(await fontSizeOf(page, '.lesson-bar-body')).toBeGreaterThanOrEqual(20);
    expect(await fontSizeOf(page, '.app-side .details')).toBeGreaterThanOrEqual(20);
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText(/^⊘ .*TCP 3306$/);
    // The canvas fits the step in view (in an animation frame): wait until its line stops moving.
    await canvas.settledBox(canvas.lineLabel('prod/web', 'prod/db'));
    await page.screenshot({ path: 'test-results/lesson-present-1920.png' });
    await page.keyboard.press('ArrowRight');
    await expect(lesson.title).toHaveText('Replies need no rule');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('ArrowLeft');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    expect(await fontSizeOf(page, '.lesson-bar-body')).toBeGreaterThanOrEqual(20);
    // The canvas fits the step in view (in an animation frame): wait until its line stops moving.
    await canvas.settledBox(canvas.lineLabel('prod/web', 'prod/db'));
    await page.screenshot({ path: 'test-results/lesson-present-1280.png' });
    await lesson.exitPresentation.click();
    await expect(lesson.present).toBeVisible();
    await expect(canvas.palette).toBeVisible();
  });

  test('with Flannel, says the policies are not enforced and draws web → db allowed', async ({
    page,
    canvas,
    lesson,
  }) => {
    await expect(lesson.where).toHaveText('Step 1 of 6');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(lesson.where).toHaveText('Step 4 of 6');
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText(/^⊘ .*TCP 3306$/);
    await expect(lesson.banner).toBeHidden();
    await lesson.plugin.selectOption('flannel');
    await expect(lesson.banner).toContainText('accepted by the API server but not enforced');
    // Drawn allowed, its label saying what the policies would do on a cluster enforcing them.
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText(
      'TCP 3306 · blocked if enforced',
    );
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveClass(/is-allowed/);
    const unenforced = page.getByRole('note').filter({ hasText: 'Not enforced' });
    await expect(unenforced.first()).toBeVisible();
    await page.screenshot({ path: 'test-results/lesson-flannel.png' });
    await page.reload();
    await expect(lesson.plugin).toHaveValue('flannel');
    await expect(lesson.where).toHaveText('Step 4 of 6');
    await lesson.plugin.selectOption('calico');
    await expect(lesson.banner).toBeHidden();
    await expect(unenforced).toHaveCount(0);
  });

  test('the traffic table lists the three tiers at both ends, and their DNS look-ups', async ({
    page,
    lesson,
  }) => {
    await page.goto('/?lesson=three-tiers&step=6');
    await expect(lesson.title).toHaveText('Every tier states its traffic');
    await expect(lesson.bar).toContainText('UDP and TCP 53');
    await lesson.trafficTab.click();
    const rows = lesson.trafficTable.getByRole('row');
    await expect(rows).toHaveText([
      /Component\s*Traffic\s*Port\s*Meaning/,
      /web\s*ingress\s*TCP 80\s*anyone reaches web/,
      /web\s*egress\s*TCP 53\s*web reaches coredns/,
      /web\s*egress\s*UDP 53\s*web reaches coredns/,
      /web\s*egress\s*TCP 5000\s*web reaches api/,
      /api\s*ingress\s*TCP 5000\s*web reaches api/,
      /api\s*egress\s*TCP 53\s*api reaches coredns/,
      /api\s*egress\s*UDP 53\s*api reaches coredns/,
      /api\s*egress\s*TCP 3306\s*api reaches db/,
      /db\s*ingress\s*TCP 3306\s*api reaches db/,
      /db\s*egress\s*TCP 53\s*db reaches coredns/,
      /db\s*egress\s*UDP 53\s*db reaches coredns/,
      /coredns\s*ingress\s*TCP 53\s*web, api and db reach coredns \(allowed by default\)/,
      /coredns\s*ingress\s*UDP 53\s*web, api and db reach coredns \(allowed by default\)/,
      /coredns\s*egress\s*TCP 80\s*coredns reaches web \(allowed by default\)/,
    ]);
    await page.screenshot({ path: 'test-results/lesson-traffic-table.png' });
  });
});

test.describe('when a lesson is opened from the menu over a design', () => {
  test('brings the design back on exit', async ({ page, canvas, lesson }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('dev/api')).toBeVisible();
    await lesson.lessonsButton.click();
    const menu = page.getByRole('dialog', { name: 'Lessons' });
    await expect(menu.getByRole('button', { name: /^(Three tiers|Namespaces)/ })).toHaveCount(2);
    await page.screenshot({ path: 'test-results/lesson-menu.png' });
    await menu.getByRole('button', { name: 'Namespaces' }).click();
    await expect(menu).toBeHidden();
    await expect(lesson.where).toHaveText(/^Step 1 of \d+$/);
    await expect(page).toHaveURL(/lesson=namespaces&step=1$/);
    await lesson.exit.click();
    await expect(lesson.bar).toBeHidden();
    await expect(canvas.workload('dev/api')).toBeVisible();
    await expect(page).not.toHaveURL(/lesson=/);
  });
});

test.describe('when every built-in lesson is run start to finish', () => {
  for (const id of ['three-tiers', 'namespaces', 'outside', 'recipes']) {
    test(`${id} steps from first to last without a problem`, async ({ page, lesson }) => {
      // Every step redraws its design (fourteen large ones in recipes): allow three times the
      // usual time on a busy machine.
      test.slow();
      await page.goto(`/?lesson=${id}&step=1`);
      const total = Number((await lesson.where.textContent())?.match(/of (\d+)$/)?.[1]);
      expect(total).toBeGreaterThan(1);
      for (let step = 2; step <= total; step += 1) {
        await lesson.next.click();
        await expect(lesson.where).toHaveText(`Step ${step} of ${total}`);
        await expect(lesson.title).not.toBeEmpty();
      }
      await expect(lesson.next).toBeDisabled();
    });
  }
});
