import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

// The design of the held-out dump (300 workloads, 120 policies): app-6-cache-19's peers reach
// it on port ranges ("TCP 30000-32767") that wrapped in the Inspector as "TCP 30000-" / "32767".
const doc = generateCluster({ pods: 300, policies: 120, namespaces: 12, seed: 31337 });

test('a peer’s ports in the Inspector never break inside a port', async ({
  page,
  canvas,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign('held-dump.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await canvas.findAndFocus('ns-7/app-6-cache-19');
  const from = page.getByRole('region', { name: 'Accepts connections from' });
  await expect(from.getByRole('button', { name: /30000-32767/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/reach-ports.png' });
  // Every port written in a peer's pill ("TCP 30000-32767", "TCP 6379 (redis)") is on one line.
  const broken = await page.getByRole('region', { name: 'Inspector' }).evaluate((panel) => {
    const found: string[] = [];
    for (const ports of panel.querySelectorAll('.reach-ports')) {
      const text = ports.textContent;
      for (const port of text.split(', ')) {
        const start = text.indexOf(port);
        const range = document.createRange();
        let at = 0;
        const walker = document.createTreeWalker(ports, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (at <= start && start < at + length) range.setStart(node, start - at);
          if (at < start + port.length && start + port.length <= at + length) {
            range.setEnd(node, start + port.length - at);
          }
          at += length;
        }
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(port);
      }
    }
    return found;
  });
  expect(broken).toEqual([]);
});
