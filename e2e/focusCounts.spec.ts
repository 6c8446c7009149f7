/**
 * F's note and the Inspector beside it count a workload's peers one way. Every pod of prod may
 * open connections to db (a line from prod's box), but db admits api alone: the box's line gets
 * through for api only, and web, though in the box, reaches nothing (the note counted db for it:
 * "opens connections to 76 workloads" beside the Inspector's 44 on a dump).
 */
import { BOX_LINE_PROD_YAML as PROD } from '../src/engine/__fixtures__/clusters/boxLineProd';
import { expect, test } from './fixtures';

test.describe('when the canvas focuses on a workload whose namespace box has a line', () => {
  test.beforeEach(async ({ page, canvas, toolbar }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.openYamlFile('prod.yaml', PROD);
    await expect(canvas.workload('prod/db')).toBeVisible();
  });

  test('the note says what the Inspector says it reaches', async ({ canvas, inspector }) => {
    await canvas.focusOn('prod/web');
    const to = inspector.panel.getByRole('region', { name: 'Opens connections to' });
    await expect(to.getByRole('heading')).toHaveText('Opens connections to 0 of 2 workloads');
    await expect(canvas.focusNote).toHaveAccessibleName(
      'Focused on prod/web: accepts connections from 0 workloads (2 more blocked), ' +
        'opens connections to 0 workloads (2 more blocked) — Esc to leave',
    );
  });

  test('a workload the line gets through for counts its peer once', async ({
    canvas,
    inspector,
  }) => {
    await canvas.focusOn('prod/api');
    const to = inspector.panel.getByRole('region', { name: 'Opens connections to' });
    await expect(to.getByRole('heading')).toHaveText('Opens connections to 1 of 2 workloads');
    await expect(canvas.focusNote).toContainText(
      'opens connections to 1 workload (1 more blocked)',
    );
  });
});
