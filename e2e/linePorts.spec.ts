/**
 * "Can frontend reach cartservice on 7070?", "who can reach redis-cart?":
 * on Online Boutique as people write it by hand, a line's label says the
 * ports that get through end to end, and the Inspector's reach lists count
 * the lines the canvas draws, with the same ports.
 */
import { BOUTIQUE_PORTS } from '../src/engine/__fixtures__/clusters/boutiquePorts';
import { METRICS_PODS, METRICS_SCRAPE } from '../src/engine/__fixtures__/clusters/metricsScrape';
import { expect, test } from './fixtures';

test.describe('on Online Boutique with hand-written policies', () => {
  test.beforeEach(async ({ page, canvas, toolbar }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.openDesign('boutique.yaml', BOUTIQUE_PORTS);
    await expect(canvas.workload('shop/cartservice')).toBeVisible({ timeout: 30_000 });
  });

  test('a line says the port that gets through, by number and name, once', async ({
    page,
    canvas,
  }) => {
    // frontend may open any port to cartservice, which admits frontend on `grpc` (7070) alone.
    const cart = page.getByLabel(
      'Flow shop/frontend to shop/cartservice on TCP 7070 (grpc): allowed',
    );
    await expect(cart).toBeVisible();
    // cartservice's egress allows 6379; redis-cart admits it on `redis` (6379).
    await expect(
      page.getByLabel('Flow shop/cartservice to shop/redis-cart on TCP 6379 (redis): allowed'),
    ).toBeVisible();
    // Its label says the same words, with no pointer on it (in two lines between two columns).
    const label = canvas.lineLabel('shop/frontend', 'shop/cartservice');
    await expect(label).toHaveText('TCP 7070 (grpc)');
    await expect(label).toBeVisible();
  });

  test('the Inspector counts the allowed line from anywhere, with its ports', async ({
    canvas,
    inspector,
  }) => {
    // Anyone may reach frontend on TCP 9000-9100; it declares 8080 alone.
    await canvas.workload('shop/frontend').click();
    const from = inspector.panel.getByRole('region', { name: 'Accepts connections from' });
    await expect(from.getByRole('heading')).toHaveText(
      'Accepts connections from 0 of 3 workloads, every address outside the cluster',
    );
    await expect(from.getByRole('button')).toHaveText(['anywhere TCP 9000-9100']);

    await canvas.workload('shop/redis-cart').click();
    await expect(from.getByRole('button')).toHaveText(['shop/cartservice TCP 6379 (redis)']);
  });
});

test.describe('when monitoring scrapes a port each pod numbers its own way', () => {
  test('the line counts the ports by name; its tip and the Inspector list each', async ({
    page,
    canvas,
    inspector,
    toolbar,
  }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.openDesign('metrics.yaml', METRICS_SCRAPE);
    await expect(canvas.namespace('apps')).toBeVisible({ timeout: 30_000 });
    const every = Array.from(
      { length: METRICS_PODS },
      (_, i) => `TCP ${String(9000 + i)} (metrics)`,
    );
    const line = page.getByLabel(
      `Flow namespace mon to namespace apps on TCP metrics (${String(METRICS_PODS)} ports): allowed`,
    );
    // The namespace boxes sit side by side; apart, the line between them has room to be seen.
    await canvas.dragBy(canvas.namespace('apps'), 0, 200);
    await expect(line).toBeVisible();
    const label = page.getByTestId('edge-label.namespace:mon>namespace:apps');
    await line.hover();
    await expect(label).toHaveText(`TCP metrics (${String(METRICS_PODS)} ports)`);
    await expect(label).toHaveAttribute(
      'title',
      new RegExp(`^${every.join(', ').replace(/[()]/g, '\\$&')}\\n`),
    );

    await line.click();
    await expect(inspector.panel.getByRole('definition').first()).toHaveText(every.join(', '));
  });
});
