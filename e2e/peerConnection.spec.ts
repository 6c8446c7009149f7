/**
 * "Can A reach B?" answered on the canvas: a peer of the Inspector's reach lists, clicked, frames
 * both ends of its connection and marks the line explained until another pick.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 57 });
const PICKED = 'ns-10/app-3-db-87';
const PEER = 'ns-1/app-1-web-45';

test('a peer clicked frames both ends of its connection, its line marked', async ({
  page,
  canvas,
  inspector,
  collapsed,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await collapsed.open('c200.yaml', DOC);
  await canvas.root.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-3-db-87');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText(PICKED);
  await page.keyboard.press('Enter');
  await expect(canvas.workload(PICKED)).toBeInViewport();
  const from = inspector.panel.getByRole('region', { name: 'Accepts connections from' });
  await from.getByRole('button', { name: new RegExp(`^${PEER} `) }).click();
  await expect(
    page.getByRole('heading', { name: `${PEER} → ${PICKED}`, exact: true }),
  ).toBeVisible();
  const web = canvas.workload(PEER);
  await expect(web).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => canvas.inView(web), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => canvas.inView(canvas.workload(PICKED))).toBe(true);
  // The line explained says so, and stays so until another pick.
  const line = page.getByRole('group', { name: new RegExp(`^(Path|Flow) ${PEER} to ${PICKED} `) });
  await expect(line).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/peer-connection-framed.png' });
});

test('on 1,000 workloads, ends far apart in collapsed namespaces both come into view', async ({
  page,
  canvas,
  inspector,
  collapsed,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await collapsed.open(
    'c1000.yaml',
    generateCluster({ pods: 1000, policies: 300, namespaces: 60, seed: 61 }),
  );
  await canvas.root.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-0-cache-686');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText('ns-26/app-0-cache-686');
  await page.keyboard.press('Enter');
  const from = inspector.panel.getByRole('region', { name: 'Accepts connections from' });
  await from.getByRole('button', { name: /^ns-18\/app-7-api-258 / }).click();
  const api = canvas.workload('ns-18/app-7-api-258');
  await expect(api).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => canvas.inView(api), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => canvas.inView(canvas.workload('ns-26/app-0-cache-686'))).toBe(true);
  await page.screenshot({ path: 'test-results/peer-connection-c1000.png' });
});

test('at 1280×720 both ends lie clear of the controls at the foot of the canvas', async ({
  page,
  canvas,
  inspector,
  collapsed,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await collapsed.open('c200.yaml', DOC);
  await canvas.root.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-3-db-87');
  await expect(
    page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first(),
  ).toContainText(PICKED);
  await page.keyboard.press('Enter');
  const from = inspector.panel.getByRole('region', { name: 'Accepts connections from' });
  await from.getByRole('button', { name: new RegExp(`^${PEER} `) }).click();
  /** Whether the card lies wholly above the strip the zoom controls and Expand all keep. */
  const clear = async (key: string) => {
    const [frame, box] = await Promise.all([
      canvas.root.boundingBox(),
      canvas.workload(key).boundingBox(),
    ]);
    if (frame === null || box === null) return false;
    return box.y >= frame.y && box.y + box.height <= frame.y + frame.height - 112;
  };
  await expect.poll(() => clear(PEER), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => clear(PICKED), { timeout: 15_000 }).toBe(true);
});
