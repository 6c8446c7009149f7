import { expect, test } from './fixtures';

/* A dump of policies without pods shows pods inferred from them: see inferred.spec.ts. */
test.describe('when a namespace has no workloads', () => {
  test('a namespace dropped from the palette asks for a workload', async ({ page, canvas }) => {
    await page.goto('/');
    await canvas.dropFromPalette('Namespace', 200, 160);
    await expect(canvas.root.getByText('No workloads yet: drag one in.')).toBeVisible();
    await page.screenshot({ path: 'test-results/empty-namespace-new.png' });
  });
});
