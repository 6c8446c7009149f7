/**
 * With Flannel, NetworkPolicies are accepted but not enforced. Every view of
 * traffic tells the same story: the connection gets through, and here is what
 * the policies would do on a cluster that enforces them.
 */
import { expect, test } from './fixtures';

test.describe('when the three tiers lesson runs on a cluster with Flannel', () => {
  test.beforeEach(async ({ page, lesson }) => {
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    await lesson.plugin.selectOption('flannel');
    await expect(lesson.banner).toBeVisible();
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
    await page.screenshot({ path: 'test-results/flannel-walk.png' });
    await walk.next.click();
    await expect(walk.callout).toContainText('Reply on an established connection');
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
