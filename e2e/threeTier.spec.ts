import { expect, test } from './fixtures';

test.describe('when the three-tier example is open', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('draws the flows its policies allow, with isolation badges', async ({ page, canvas }) => {
    await expect(canvas.workload('prod/web')).toBeVisible();
    await expect(canvas.line('prod/web', 'prod/api')).toBeAttached();
    await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.workload('prod/db').getByLabel('ingress isolated')).toBeVisible();
    await expect(canvas.workload('dev/api').getByLabel('ingress open')).toBeVisible();
    await page.screenshot({ path: 'test-results/three-tier.png' });
  });

  test('shows web → db blocked, and why', async ({ page, canvas, inspector }) => {
    await canvas.workload('prod/web').click();
    const path = inspector.path('prod/web → prod/db TCP 3306');
    await expect(path).toContainText('blocked');
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toBeHidden();
    await path.click();
    await expect(inspector.explanation).toContainText(
      'prod/web → prod/db on TCP port 3306: BLOCKED',
    );
    await expect(inspector.explanation).toContainText('Ingress at the destination prod/db');
    await expect(inspector.explanation).toContainText(
      'prod/db is isolated for ingress by policy prod/db-policy',
    );
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toHaveText('⊘ TCP 3306');
    await page.screenshot({ path: 'test-results/web-db-blocked.png' });
  });

  test('explains an allowed flow when its line is clicked', async ({ page, canvas, inspector }) => {
    await canvas.lineLabel('prod/api', 'prod/db').click();
    await expect(inspector.explanation).toContainText(
      'prod/api → prod/db on TCP port 3306: ALLOWED',
    );
    await expect(inspector.explanation).toContainText('replies', { ignoreCase: true });
    await expect(
      inspector.panel.getByRole('region', { name: 'Rules behind this line' }),
    ).toContainText('prod/db-policy spec.ingress[0]');
    await page.screenshot({ path: 'test-results/api-db-allowed.png' });
  });
});
