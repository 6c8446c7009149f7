/**
 * A large cluster dump is read off the main thread: the page keeps
 * responding, the status line shows how far the import is with Cancel, and
 * the current design stays until the new one is ready (or for good, when the
 * import is cancelled).
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';

/** About 10 MB of YAML (20,000 pods, 4,000 policies): several seconds to read. */
function largeDump(): Buffer {
  const doc = generateCluster({ pods: 20_000, policies: 4_000, namespaces: 40, seed: 7 });
  return Buffer.from(serializeDocument(doc), 'utf8');
}

test.describe('when a large file is imported', () => {
  test('the page responds, shows progress, and Cancel keeps the design', async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(120_000);
    const dump = largeDump();
    await page.goto('/?fixture=three-tier');
    await expect(canvas.namespace('prod')).toBeVisible();

    await toolbar.fileInput.setInputFiles({
      name: 'cluster-dump.yaml',
      mimeType: 'application/yaml',
      buffer: dump,
    });
    const status = page.getByRole('status');
    await expect(status).toContainText('Importing cluster-dump.yaml (');
    await expect(status).toContainText('Your design stays until the new one is ready');
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();

    // The main thread is free: a tab switches while the file is being read.
    const policies = page.getByRole('tab', { name: 'Policies' });
    await policies.click();
    await expect(policies).toHaveAttribute('aria-selected', 'true');
    await expect(status).toContainText('Importing cluster-dump.yaml');
    await page.screenshot({ path: 'test-results/import-progress.png' });

    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(status).toHaveText(
      'Import of cluster-dump.yaml cancelled; your design is unchanged.',
    );
    await expect(canvas.namespace('prod')).toBeVisible();
    await expect(canvas.namespace('ns-1')).toHaveCount(0);
  });

  test('a file that finishes replaces the design and says what came in', async ({
    page,
    canvas,
    toolbar,
  }) => {
    const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 3 });
    await page.goto('/?fixture=three-tier');
    await toolbar.openDesign('small.yaml', doc);
    await expect(page.getByRole('status')).toContainText(
      'Imported small.yaml: 3 namespaces, 30 workloads, 10 policies',
    );
    // The status comes with the design; its boxes with the layout, later on a busy machine.
    await canvas.drawn();
    await expect(canvas.namespace('ns-1')).toBeVisible();
    await expect(canvas.namespace('prod')).toHaveCount(0);
  });
});
