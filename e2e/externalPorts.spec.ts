/**
 * An endpoint outside the cluster lists the ports it listens on, so the
 * connections pods open to it are drawn and explained before any rule names
 * them: the "Outside the cluster" lesson shows the push it says is blocked.
 */
import { expect, test } from './fixtures';

const DB_TO_BACKUP = 'edge-label.workload:prod/db>external:backup-server';

test.describe('when the database may no longer push its backups', () => {
  test('step 3 draws db → backup-server on TCP 80, blocked, and explains it', async ({
    page,
    lesson,
    inspector,
  }) => {
    await page.goto('/?lesson=outside&step=3');
    await expect(lesson.title).toHaveText('Pushing backups out is egress');
    const label = page.getByTestId(DB_TO_BACKUP);
    await expect(label).toBeVisible();
    await expect(label).toHaveClass(/is-blocked/);
    await expect(inspector.explanation.first()).toContainText(
      'prod/db → backup-server (192.168.5.10/32) on TCP port 80: BLOCKED by the egress check at prod/db',
    );
    await expect(inspector.panel).not.toContainText('No connection to check');
    await page.screenshot({ path: 'test-results/outside-step3.png' });
  });
});

test.describe('when a user says what an external endpoint listens on', () => {
  test("its port is checked in the workloads' paths", async ({ page, canvas, inspector }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.external('backup-server').click();
    await inspector.tab.click();
    await expect(inspector.panel.getByRole('group', { name: 'Listens on' })).toBeVisible();
    await inspector.addPort(8443);
    await canvas.workload('prod/api').click();
    await expect(inspector.path('prod/api → backup-server TCP 8443')).toContainText('blocked');
  });
});
