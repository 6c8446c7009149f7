/**
 * The IP blocks a design's rules name lie outside the cluster: an opened
 * design shows its namespaces first and the IP blocks after them, framed
 * together as one group named "Outside the cluster".
 */
import { expect, test } from './fixtures';

/** Namespace `ns` with pod `name`, reached from `blocks` (CIDRs), each in a rule of its own. */
function namespaceYaml(ns: string, name: string, blocks: readonly string[]): string {
  const rules = blocks.map((cidr) => `  - from: [{ipBlock: {cidr: ${cidr}}}]`).join('\n');
  return `---
apiVersion: v1
kind: Namespace
metadata: {name: ${ns}}
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}
spec: {containers: [{name: ${name}, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}-in, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: ${name}}}
  ingress:
${rules}
`;
}

const BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '203.0.113.0/24'];
const DESIGN = [
  namespaceYaml('shop', 'web', BLOCKS.slice(0, 2)),
  namespaceYaml('billing', 'api', BLOCKS.slice(1, 3)),
  namespaceYaml('search', 'index', BLOCKS.slice(2)),
].join('');

test.describe('a design whose rules name IP blocks', () => {
  test('shows its namespaces first and the IP blocks after them, in one group', async ({
    page,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('blocks.yaml', DESIGN);
    await expect(page.getByRole('status')).toContainText('Imported blocks.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const group = canvas.getByRole('group', { name: 'Outside the cluster: 4 IP blocks' });
    await expect(group).toBeVisible();
    await expect(group).toContainText('Outside the cluster');

    // Laid out and fitted: the group stops moving.
    let before = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await group.boundingBox());
          const still = now === before && now !== 'null';
          before = now;
          return still;
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(true);
    const frame = JSON.parse(before) as { x: number; y: number; width: number; height: number };

    // Every IP block's card lies in the frame, below its name.
    for (const cidr of BLOCKS) {
      const card = await canvas.getByRole('group', { name: `${cidr}, IP block` }).boundingBox();
      expect(card, cidr).not.toBeNull();
      if (card === null) continue;
      expect(card.x, cidr).toBeGreaterThanOrEqual(frame.x);
      expect(card.y, cidr).toBeGreaterThan(frame.y + 12);
      expect(card.x + card.width, cidr).toBeLessThanOrEqual(frame.x + frame.width);
      expect(card.y + card.height, cidr).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // The namespaces come first: none lies below the group's top or right of its left edge
    // on its rows, and the top left of the design is a namespace's.
    for (const ns of ['shop', 'billing', 'search']) {
      const box = await canvas.getByRole('group', { name: `Namespace ${ns}` }).boundingBox();
      expect(box, ns).not.toBeNull();
      if (box === null) continue;
      const above = box.y + box.height <= frame.y;
      const before = box.x + box.width <= frame.x && box.y <= frame.y + 1;
      expect(above || before, `${ns} comes before the group`).toBe(true);
    }
    await page.screenshot({ path: 'test-results/outside-group.png' });
  });
});
