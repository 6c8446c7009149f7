import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What Hubble saw in the three-tier application: web → api, api → db, db → the backup server. */
const FLOWS_CSV = [
  'src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol',
  'prod,web-6d4cf-x7k2p,prod,api-5b7c9-q2w4e,5000,TCP',
  'prod,web-6d4cf-x7k2p,prod,api-5b7c9-q2w4e,5000,TCP',
  'prod,api-5b7c9-q2w4e,prod,db-0,3306,TCP',
  'prod,db-0,,192.168.5.10,22,TCP',
].join('\n');

function policyNames(page: Page) {
  return page.evaluate(() =>
    (window.__editor?.getState().doc.policies ?? []).map(
      (p) => `${p.metadata.namespace}/${p.metadata.name}`,
    ),
  );
}

test.describe('policies from observed traffic', () => {
  test('a flow log opened shows the proposal as a change, and Apply is one undo step', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const before = await policyNames(page);
    await toolbar.openFlowLog('flows.csv', FLOWS_CSV);

    const dialog = page.getByRole('dialog', { name: 'Policies from observed traffic' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Read 4 flows from flows.csv: 3 connections');
    await expect(dialog).toContainText("in place of the design's 3 policies");
    // Worked out in the background: between workloads and with addresses outside the cluster.
    await expect(dialog).toContainText(
      'Between workloads, 2 connections open now become blocked; 0 connections blocked now become allowed.',
    );
    await expect(dialog).toContainText(
      'With addresses outside the cluster, 3 connections open now become blocked; 1 connection blocked now becomes allowed.',
    );
    const changed = dialog.getByRole('list', { name: 'Changed connections' });
    await expect(changed).toContainText('backup-server → prod/db: blocked TCP 3306');
    await expect(changed).toContainText('prod/db → backup-server: blocked TCP 80; allowed TCP 22');
    await expect(changed).toContainText('dev/api → prod/web: blocked TCP 80');
    const broader = dialog.getByRole('list', { name: 'Allowed beyond what was observed' });
    await expect(broader).toContainText('DNS keeps working');
    await expect(broader).toContainText('no connection of dev/api and test/api was observed');

    await dialog.getByLabel('Also a default deny in every namespace (DNS kept)').check();
    await expect(broader).not.toContainText('no connection of dev/api');
    await expect(dialog.getByRole('button', { name: 'Apply 6 policies' })).toBeEnabled();
    await dialog.getByLabel('Also a default deny in every namespace (DNS kept)').uncheck();

    await dialog.getByRole('button', { name: 'Apply 3 policies' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(
      'Applied 3 NetworkPolicies from observed traffic',
    );
    expect(await policyNames(page)).toEqual(['prod/web', 'prod/api', 'prod/db']);
    await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');

    await toolbar.undo.click();
    expect(await policyNames(page)).toEqual(before);
  });

  test('a CSV naming a pod the design lacks says so and changes nothing', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await toolbar.openFlowLog('flows.csv', 'prod,cart-1,prod,web,80,TCP\n');
    const dialog = page.getByRole('dialog', { name: 'Policies from observed traffic' });
    await expect(dialog.getByRole('alert')).toContainText(
      'the flows name pods the design does not have',
    );
    await expect(dialog).toContainText('flows.csv line 1: pod prod/cart-1 is not in the design');
    await expect(dialog.getByRole('button', { name: /Apply/ })).toHaveCount(0);
  });
});
