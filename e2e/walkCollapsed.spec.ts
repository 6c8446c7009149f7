/**
 * The Walk on a large file: a generated cluster of 200 workloads opens with its namespaces
 * collapsed; walking between two workloads of collapsed namespaces opens their boxes, as Find
 * does, and the camera frames both cards and the packet's path.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
const first = (namespace: string) =>
  `${namespace}/${DOC.workloads.find((w) => w.namespace === namespace)?.name ?? ''}`;
const FROM = first('ns-4');
const TO = first('ns-7');

for (const size of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`a Walk between workloads of collapsed namespaces shows both cards and the path (${String(size.width)})`, async ({
    page,
    canvas,
    collapsed,
    walk,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await collapsed.open('cluster-200.yaml', DOC);
    await expect(canvas.workload(FROM)).toHaveCount(0);
    await expect(canvas.workload(TO)).toHaveCount(0);

    await walk.walk(FROM, TO, 8080);
    await expect(collapsed.collapse('ns-4')).toBeAttached({ timeout: 30_000 });
    await expect(collapsed.collapse('ns-7')).toBeAttached({ timeout: 30_000 });
    await expect(walk.packet).toBeAttached({ timeout: 30_000 });
    await expect(page.locator('.nc-walk-route polyline')).toBeAttached();
    // Once the camera rests, both ends of the walk are on screen.
    await canvas.settledBox(canvas.workload(TO));
    await expect.poll(() => canvas.inView(canvas.workload(FROM)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => canvas.inView(canvas.workload(TO)), { timeout: 15_000 }).toBe(true);
    await page.screenshot({
      path: `test-results/walk-collapsed-${String(size.width)}.png`,
    });
  });
}
