/**
 * A live dump (`kubectl get pods -A -o yaml`) holds every replica as its own
 * Pod: the canvas draws one node per controller, with its replica count.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const LIVE_DUMP = readFileSync(new URL('../src/io/__fixtures__/live-dump.yaml', import.meta.url));

test.describe('when a live dump of a cluster is opened', () => {
  test('each controller is one node with its replica count, here and in the Inspector', async ({
    page,
    canvas,
    toolbar,
    inspector,
  }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.fileInput.setInputFiles({
      name: 'live-dump.yaml',
      mimeType: 'application/yaml',
      buffer: LIVE_DUMP,
    });
    await expect(page.getByRole('status')).toContainText(
      'Imported live-dump.yaml: 2 namespaces, 8 workloads (14 pods), 2 policies',
    );

    const frontend = canvas.workload('shop/frontend');
    await expect(frontend).toContainText('Deployment · 3 replicas');
    await expect(page.getByTestId(/^node\.workload\.shop\/frontend-/)).toHaveCount(0);
    await expect(canvas.workload('shop/redis')).toContainText('StatefulSet · 2 replicas');
    await expect(canvas.workload('monitoring/node-exporter')).toContainText(
      'DaemonSet · 2 replicas',
    );
    // The canary replica's labels differ: it stays a Pod of its own, without a count.
    const canary = canvas.workload('shop/checkout-6c7d8e9f5-j6k7l');
    await expect(canary).toContainText('Pod');
    await expect(canary).not.toContainText('replica');

    await frontend.click();
    await expect(inspector.panel).toContainText('in namespace shop · 3 replicas');
    await expect(inspector.panel.getByLabel('Pod IPs (optional, comma separated)')).toHaveValue(
      '10.244.1.11, 10.244.2.12, 10.244.3.13',
    );
    await page.screenshot({ path: 'test-results/replicas-1280.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(frontend).toBeVisible();
    await page.screenshot({ path: 'test-results/replicas-1920.png' });
  });
});
