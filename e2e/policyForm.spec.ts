import { expect, test } from './fixtures';

test.describe('when a policy is edited in the Policies tab', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('picking db-policy marks the pods it selects and the peers of its rules', async ({
    page,
    canvas,
    policyPanel,
  }) => {
    await policyPanel.pick('db-policy');
    await expect(canvas.workload('prod/db')).toHaveAccessibleDescription(/selected by policy/);
    await expect(canvas.workload('prod/api')).toHaveAccessibleDescription(/peer of policy/);
    await expect(canvas.external('backup-server')).toHaveAccessibleDescription(/peer of policy/);
    await expect(canvas.workload('prod/web')).toHaveAccessibleDescription('');
    await expect(canvas.workload('dev/api')).toHaveAccessibleDescription('');
    await page.screenshot({ path: 'test-results/policy-picked.png' });
  });

  test('a namespaceSelector added in the same element as the podSelector narrows it (AND)', async ({
    page,
    canvas,
    policyPanel,
    yamlPanel,
  }) => {
    const form = await policyPanel.pick('db-policy');
    const peer = policyPanel.peer(policyPanel.rule(form, 'Ingress', 1), 1);

    // the podSelector alone: api pods of the policy's own namespace, prod
    await peer.getByRole('button', { name: 'Remove namespaceSelector', exact: true }).click();
    await expect(peer).toContainText("pods with name=api-pod in namespace prod (the policy's own)");
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.line('dev/api', 'prod/db')).toHaveCount(0);

    // an empty namespaceSelector in the same element: api pods of every namespace
    await peer.getByRole('button', { name: '+ namespaceSelector', exact: true }).click();
    await expect(peer).toContainText('AND');
    await expect(peer).toContainText('pods with name=api-pod in every namespace');
    await expect(canvas.lineLabel('dev/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.lineLabel('test/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.workload('test/api')).toHaveAccessibleDescription(/peer of policy/);

    // both must match: api pods in the namespace labelled name=dev
    await peer.getByRole('button', { name: 'Add label to namespaceSelector' }).click();
    await policyPanel.fill(peer.getByLabel('namespaceSelector label 1 key'), 'name');
    await policyPanel.fill(peer.getByLabel('namespaceSelector label 1 value'), 'dev');
    await expect(peer).toContainText('pods with name=api-pod in namespaces with name=dev');
    await expect(canvas.lineLabel('dev/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.line('test/api', 'prod/db')).toHaveCount(0);
    // prod's own api pods are now refused at the database (its egress rule still draws the line)
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('⊘ TCP 3306');
    await page.screenshot({ path: 'test-results/policy-form-and.png' });

    await yamlPanel.open();
    await yamlPanel.editor.click();
    await page.keyboard.press('Control+End');
    await expect(yamlPanel.editor).toContainText(
      /name: db-policy.*- podSelector:\s*matchLabels:\s*name: api-pod\s*namespaceSelector:\s*matchLabels:\s*name: dev/,
    );
    await page.screenshot({ path: 'test-results/policy-form-yaml.png' });
  });

  test('a value the API server refuses is shown at its field, and the canvas keeps the policy', async ({
    page,
    canvas,
    policyPanel,
  }) => {
    const form = await policyPanel.pick('db-policy');
    const peer = policyPanel.peer(policyPanel.rule(form, 'Egress', 1), 1);
    await policyPanel.fill(peer.getByLabel('cidr', { exact: true }), '192.168.5.300/32');
    await expect(peer.getByRole('alert')).toContainText(
      'spec.egress[0].to[0].ipBlock.cidr: Invalid value: "192.168.5.300/32"',
    );
    await expect(peer.getByLabel('cidr', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('status')).toContainText('Not applied');
    await expect(canvas.external('backup-server')).toHaveAccessibleDescription(/peer of policy/);
    await page.screenshot({ path: 'test-results/policy-form-error.png' });

    await form.getByRole('button', { name: 'Discard changes' }).click();
    await expect(peer.getByLabel('cidr', { exact: true })).toHaveValue('192.168.5.10/32');
    await expect(form.getByRole('status')).toBeHidden();
  });

  test('a new policy isolates the workload it selects; renaming it keeps it picked', async ({
    page,
    canvas,
    policyPanel,
    toolbar,
  }) => {
    await policyPanel.open();
    await policyPanel.newPolicy.click();
    const create = page.getByRole('form', { name: 'New policy' });
    await create.getByLabel('Namespace').selectOption('dev');
    await expect(create.getByLabel('Name', { exact: true })).toHaveValue('api-policy');
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(canvas.workload('dev/api').getByLabel('ingress isolated')).toBeVisible();
    await expect(canvas.workload('dev/api')).toHaveAccessibleDescription(/selected by policy/);

    const form = policyPanel.form('api-policy');
    await policyPanel.fill(form.getByLabel('Name', { exact: true }), 'dev-api-policy');
    await expect(policyPanel.form('dev-api-policy')).toBeVisible();
    await expect(policyPanel.item('dev-api-policy')).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: 'test-results/policy-new.png' });

    await toolbar.undo.click();
    await toolbar.undo.click();
    await expect(canvas.workload('dev/api').getByLabel('ingress open')).toBeVisible();
  });
});
