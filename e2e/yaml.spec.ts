import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

test.describe('when the YAML of the design is edited', () => {
  test.beforeEach(async ({ page, yamlPanel }) => {
    await page.goto('/?fixture=three-tier');
    await yamlPanel.open();
  });

  test('a mistake is marked at its line and the canvas keeps the last valid design', async ({
    page,
    canvas,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('kind: Namespace', 'kind: Namespcae');
    await expect(yamlPanel.problems).toContainText('Line 2:');
    await expect(yamlPanel.apply).toBeDisabled();
    await expect(page.getByText('the canvas keeps the last valid design')).toBeVisible();
    await expect(canvas.namespace('prod')).toBeVisible();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await page.screenshot({ path: 'test-results/yaml-error.png' });

    await yamlPanel.discard.click();
    await expect(yamlPanel.problems).toBeHidden();
  });

  test('a valid edit is applied: relabelling prod cuts the database off', async ({
    page,
    canvas,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('    name: prod', '    name: production');
    await expect(yamlPanel.apply).toBeEnabled();
    await yamlPanel.apply.click();
    await expect(canvas.namespace('prod')).toContainText('name=production');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('⊘ TCP 3306');
    await page.screenshot({ path: 'test-results/yaml-applied.png' });
  });

  test('edits not applied are there again after another tab, and Apply applies them', async ({
    page,
    canvas,
    policyPanel,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('    name: prod', '    name: production');
    await expect(yamlPanel.apply).toBeEnabled();
    await policyPanel.tab.click();
    await expect(yamlPanel.editor).toBeHidden();
    await yamlPanel.open();
    await expect(yamlPanel.editor).toContainText('name: production');
    await expect(page.getByText('Edited: Apply to update the canvas.')).toBeVisible();

    await yamlPanel.apply.click();
    await expect(canvas.namespace('prod')).toContainText('name=production');
    await expect(yamlPanel.discard).toBeDisabled();
  });

  test('edits not applied are there again after presenting, and Discard drops them', async ({
    presentation,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('    name: prod', '    name: production');
    await expect(yamlPanel.apply).toBeEnabled();
    await presentation.present.click();
    await expect(yamlPanel.editor).toBeHidden();
    await presentation.exit.click();
    await yamlPanel.open();
    await expect(yamlPanel.editor).toContainText('name: production');

    await yamlPanel.discard.click();
    await expect(yamlPanel.editor).not.toContainText('name: production');
    await expect(yamlPanel.apply).toBeDisabled();
  });
});

test.describe('when another design opens over YAML edits not applied', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const other = generateCluster({ pods: 8, policies: 3, namespaces: 2, seed: 7 });
  const otherNamespace = other.namespaces[0]?.name ?? '';

  test.beforeEach(async ({ page, canvas, toolbar, yamlPanel }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Payments v1');
    await yamlPanel.open();
    await yamlPanel.replaceLine('    name: prod', '    name: production');
    await expect(yamlPanel.apply).toBeEnabled();
    await toolbar.openDesign('other.yaml', other);
    await expect(canvas.namespace(otherNamespace)).toBeVisible();
  });

  test('they are set aside, named for their design, and Apply cannot put them over it', async ({
    page,
    yamlPanel,
  }) => {
    await expect(yamlPanel.editor).toContainText(`name: ${otherNamespace}`);
    await expect(yamlPanel.editor).not.toContainText('name: production');
    await expect(yamlPanel.apply).toBeDisabled();
    await expect(yamlPanel.discard).toBeDisabled();
    await expect(yamlPanel.setAside).toContainText(
      'Your YAML edits of “Payments v1” were set aside',
    );
    await page.screenshot({ path: 'test-results/yaml-set-aside.png' });

    await yamlPanel.copySetAside.click();
    await expect(page.getByRole('status').filter({ hasText: 'on the clipboard' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('name: production');
    await yamlPanel.throwSetAside.click();
    await expect(yamlPanel.setAside).toBeHidden();
    await expect(yamlPanel.editor).toContainText(`name: ${otherNamespace}`);
  });

  test('they open as a design of their own, and Undo brings back the one opened', async ({
    page,
    canvas,
    toolbar,
    yamlPanel,
  }) => {
    await yamlPanel.openSetAside.click();
    await expect(canvas.namespace('prod')).toContainText('name=production');
    await expect(toolbar.designName).toHaveValue('Payments v1 (edited)');
    await expect(yamlPanel.setAside).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Undo brings back' })).toBeVisible();
    await toolbar.undo.click();
    await expect(canvas.namespace(otherNamespace)).toBeVisible();
    await expect(canvas.namespace('prod')).toBeHidden();
  });
});

test.describe('when a large design is open', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  const doc = generateCluster({ pods: 300, policies: 120, namespaces: 6, seed: 4 });
  const last = doc.policies.at(-1)?.metadata;
  if (last === undefined) throw new Error('the generated cluster has no policy');

  test('its whole YAML opens, Find reaches its last policy, and an edit elsewhere keeps your place', async ({
    page,
    toolbar,
    yamlPanel,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await toolbar.openDesign('large.yaml', doc);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await yamlPanel.open();
    await expect(yamlPanel.editor).toContainText('kind: Namespace');
    await yamlPanel.editor.click();
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find' }).pressSequentially(`name: ${last.name}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const found = yamlPanel.editor.getByText(new RegExp(`^\\s*name: ${last.name}$`));
    await expect(found).toBeInViewport();
    await page.screenshot({ path: 'test-results/yaml-large-found.png' });
    // A policy above it goes (from the canvas, the Policies tab…): the editor is where it was.
    await page.evaluate(() => {
      const state = window.__editor?.getState();
      const first = state?.doc.policies[0]?.metadata;
      if (state === undefined || first === undefined) throw new Error('no policy to delete');
      state.dispatch({ type: 'removePolicy', ref: first });
    });
    await expect(yamlPanel.editor).not.toContainText(
      `name: ${doc.policies[0]?.metadata.name ?? ''}\n`,
    );
    await page.keyboard.press('End');
    await page.keyboard.insertText('-renamed');
    await expect(
      yamlPanel.editor.getByText(new RegExp(`^\\s*name: ${last.name}-renamed$`)),
    ).toBeVisible();
    await expect(yamlPanel.discard).toBeEnabled();
  });

  test('another design opened over it never shows the one before as live', async ({
    page,
    toolbar,
    yamlPanel,
  }) => {
    test.setTimeout(90_000);
    const other = generateCluster({ pods: 300, policies: 120, namespaces: 6, seed: 5 });
    const marker = 'opened-after';
    const opened = {
      ...other,
      namespaces: [
        { name: marker, labels: { 'kubernetes.io/metadata.name': marker } },
        ...other.namespaces,
      ],
    };
    await page.goto('/');
    await toolbar.openDesign('large.yaml', doc);
    await yamlPanel.open();
    await expect(yamlPanel.editor).toContainText('kind: Namespace');
    // Every frame until the design opened is written: the editor never shows the one before.
    const stale = page.evaluate(
      (name) =>
        new Promise<boolean>((resolve) => {
          const frame = () => {
            const open = window.__editor?.getState().doc.namespaces[0]?.name === name;
            const editor = document.querySelector('[aria-label="YAML of the design"]');
            const text = editor?.textContent ?? '';
            if (open && editor !== null && !text.includes(name)) resolve(true);
            else if (text.includes(name)) resolve(false);
            else requestAnimationFrame(frame);
          };
          frame();
        }),
      marker,
    );
    await toolbar.openDesign('other.yaml', opened);
    expect(await stale).toBe(false);
    await expect(yamlPanel.editor).toContainText(`name: ${marker}`);
    await expect(yamlPanel.discard).toBeDisabled();
  });
});
