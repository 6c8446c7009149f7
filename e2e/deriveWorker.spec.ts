/**
 * Lines, findings and the matrix are derived in a Web Worker. When that
 * worker cannot start, the page says so and derives them itself: the design
 * is drawn all the same.
 */
import { expect, test } from './fixtures';

/** Takes the problems this test causes on purpose out of the page's list; returns them. */
function expected(problems: string[], pattern: RegExp): string[] {
  const mine = problems.filter((p) => pattern.test(p));
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
  return mine;
}

test.describe('when the worker that derives the lines cannot start', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`the page says so and draws the lines itself (${String(width)}×${String(height)})`, async ({
      page,
      canvas,
      problems,
    }) => {
      await page.setViewportSize({ width, height });
      await page.route('**/assets/derive.worker-*.js', (route) =>
        route.abort('internetdisconnected'),
      );
      await page.goto('/?fixture=three-tier');
      await expect(page.getByRole('status')).toContainText(
        'The background worker that draws the lines failed',
      );
      await expect(page.getByRole('status')).toContainText('this page works them out itself now');
      await expect(canvas.lineLabel('prod/web', 'prod/api')).toBeVisible();
      await expect(page.getByRole('tab', { name: /^Findings \(\d+\)$/ })).toBeVisible();
      await page.screenshot({
        path: `test-results/derive-worker-failed-${String(width)}.png`,
      });
      expected(problems, /derive\.worker|ERR_INTERNET_DISCONNECTED|Failed to load/);
    });
  }
});

/** A workload whose only rule lets it out to an IP block: no path of the workload names that block. */
const EGRESS_TO_IP_BLOCK = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
    ports: [{port: 443}]
`;

test.describe('when a line is opened', () => {
  test('its checked connection, kept by the worker, is explained', async ({
    page,
    toolbar,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('egress-to-ip-block.yaml', EGRESS_TO_IP_BLOCK);
    const label = page.getByTestId('edge-label.workload:shop/web>ipBlock:10.0.0.0/8');
    await expect(label).toHaveText('TCP 443');
    await label.click();
    // The IP block declares no port: the line holds the path on every port too, allowed on
    // TCP 443 only, so the rest is explained as blocked after the allowed connection.
    await expect(inspector.explanation).toHaveCount(2);
    await expect(inspector.explanation.first()).toContainText(
      'shop/web → 10.0.0.0/8 on TCP port 443: ALLOWED',
    );
    await expect(inspector.explanation.first()).toContainText(
      'Allowed by spec.egress[0] of shop/web-out: to IP block 10.0.0.0/8, on TCP 443.',
    );
    await expect(inspector.explanation.nth(1)).toContainText(': BLOCKED by the egress check');
    await expect(inspector.panel).not.toContainText('Checking the connection');
    await expect(inspector.panel).not.toContainText('No connection to check');
  });
});
