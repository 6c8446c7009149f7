import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';

test.describe('the status line', () => {
  test('describes the latest edit, a deletion included, never the one before', async ({
    page,
    canvas,
    policyPanel: policies,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const status = page.getByRole('status');

    await canvas.connect('prod/web', 'prod/db');
    await page.getByRole('button', { name: 'Allow', exact: true }).click();
    await expect(status).toContainText('Allowed prod/web → prod/db.');
    await expect(status).toContainText('Now allowed: prod/web → prod/db TCP 3306.');

    await policies.open();
    await policies.item('db-policy').click();
    await policies.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(status).toContainText('Deleted policy prod/db-policy.');
    await expect(status).toContainText('dev/api → prod/db TCP 3306');
    await expect(status).not.toContainText('Allowed prod/web → prod/db');
    await page.screenshot({ path: 'test-results/status-after-delete.png' });

    // Undo and redo are edits too: each names its step and what it allowed and blocked.
    await page.keyboard.press('Control+z');
    await expect(status).toHaveText(/^Undone: deleted policy prod\/db-policy\. Now blocked: /);
    await expect(status).toContainText('dev/api → prod/db TCP 3306');
    await expect(status).not.toContainText('Now allowed');
    // The canvas marks the same connections, as the status line says them.
    await expect(canvas.lineLabels.filter({ hasText: /now blocked: / }).first()).toBeVisible();
    await expect(canvas.lineLabels.filter({ hasText: /now allowed: / })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/status-after-undo.png' });
    await page.keyboard.press('Control+Shift+z');
    await expect(status).toHaveText(/^Redone: deleted policy prod\/db-policy\. Now allowed: /);
    await expect(status).toContainText('dev/api → prod/db TCP 3306');
    await expect(status).not.toContainText('Now blocked');
    await page.keyboard.press('Control+z');
    await expect(status).toHaveText(/^Undone: deleted policy prod\/db-policy\. /);
  });

  test('after deleting a rule, a peer or a namespace, and undoing one', async ({
    page,
    canvas,
    inspector,
    policyPanel: policies,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const status = page.getByRole('status');

    // A peer, from the line it draws: api → db goes.
    await canvas.lineLabel('prod/api', 'prod/db').click();
    const rules = inspector.panel.getByRole('region', { name: 'Rules behind this line' });
    await rules.getByRole('button', { name: /^Remove prod\/db-policy spec\.ingress\[0\]/ }).click();
    await expect(status).toHaveText(
      'Deleted a peer of ingress rule 1 of policy prod/db-policy. Now blocked: prod/api → prod/db TCP 3306.',
    );

    // A whole rule, in the policy's form: web's egress to api goes.
    const form = await policies.pick('web-policy');
    await policies
      .rule(form, 'Egress', 1)
      .getByRole('button', { name: 'Remove Egress rule 1' })
      .click();
    await expect(status).toHaveText(
      /^Deleted egress rule 1 of policy prod\/web-policy\. Now blocked: prod\/web → prod\/api TCP 5000/,
    );
    await expect(status).not.toContainText('prod/api → prod/db');

    // A namespace: its connections go with it, none between the others changes.
    await canvas.namespace('dev').click({ position: { x: 20, y: 10 } });
    await inspector.tab.click();
    await inspector.panel.getByRole('button', { name: 'Delete namespace' }).click();
    await expect(status).toHaveText('Deleted namespace dev with its workloads and policies.');
    await page.screenshot({ path: 'test-results/status-after-namespace.png' });

    // Undone: the namespace is back; the status says so, not the rule before.
    await page.keyboard.press('Control+z');
    await expect(status).toHaveText(
      'Undone: deleted namespace dev with its workloads and policies.',
    );
    await expect(canvas.namespace('dev')).toBeVisible();
  });
});

test('an import started while the status line has the keyboard focus keeps it there', async ({
  page,
  canvas,
  statusLine,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  // A refused file: its message, longer than the line, is cut and reached with Tab.
  const long = await statusLine.longMessage();
  expect(await statusLine.tabTo(long)).toBe(true);

  // A design of 1,000 workloads dropped meanwhile: the line says how the import goes, and the
  // keyboard stays on its message (Tab goes on to Cancel import), then on the message that
  // says what came in.
  const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 20, seed: 2 });
  await statusLine.dropFile('cluster-1000.yaml', serializeDocument(doc));
  const importing = statusLine.line.getByText(/^Importing cluster-1000\.yaml/);
  await expect(importing).toBeVisible();
  await expect(importing).toBeFocused();
  await expect(statusLine.line.getByText(/^Imported cluster-1000\.yaml/)).toBeFocused({
    timeout: 60_000,
  });
});
