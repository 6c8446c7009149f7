import { expect, test } from './fixtures';

const STEP_11 = ['default/db', 'default/search', 'default/api', 'default/inventory', 'default/web'];

test.describe('when the classic recipes are presented on a projector', () => {
  test('a recipe step draws its own few workloads, all on screen and readable', async ({
    page,
    canvas,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=recipes&step=10');
    await expect(lesson.where).toHaveText('Step 10 of 14');
    await page.keyboard.press('p');
    await expect(lesson.exitPresentation).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(lesson.title).toHaveText('Allow traffic from apps using multiple selectors');
    // Only what the recipe is about: no workload of the other recipes.
    await expect(canvas.workload('default/apiserver')).toHaveCount(0);
    await expect(canvas.workload('ops/monitor')).toHaveCount(0);
    const area = await canvas.settledBox(canvas.root);
    // The camera moves to the step once its cards are drawn, and may pause before it starts:
    // wait for what the room must see (every card whole on the canvas, names readable), not
    // for a lull in the motion.
    const onScreen = async (key: string) => {
      const node = canvas.workload(key);
      const box = await node.boundingBox();
      const name = node.getByText(key.split('/')[1] ?? key, { exact: true }).first();
      const text = await name.boundingBox();
      if (box === null || text === null) return `${key}: not drawn`;
      const whole =
        box.x >= area.x &&
        box.y >= area.y &&
        box.x + box.width <= area.x + area.width &&
        box.y + box.height <= area.y + area.height;
      if (!whole) return `${key}: cut off`;
      return text.height >= 14 ? 'ok' : `${key}: name ${String(text.height)} px`;
    };
    await expect
      .poll(async () => Promise.all(STEP_11.map(onScreen)), { intervals: [200] })
      .toEqual(STEP_11.map(() => 'ok'));
    // Each claim is a labelled line; none is marked as changed since the recipe before.
    await expect(canvas.lineLabel('default/web', 'default/db')).toHaveText('⊘ TCP 6379');
    await expect(canvas.lineLabels.filter({ hasText: /now (blocked|allowed)/ })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/lesson-recipes-11-present-1920.png' });
  });
});

test.describe('when the multiple-selectors recipe is shown with Flannel at the desk', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('web → db still shows which connection the step calls blocked', async ({
    page,
    canvas,
    lesson,
  }) => {
    await page.goto('/?lesson=recipes&step=11');
    await expect(lesson.title).toHaveText('Allow traffic from apps using multiple selectors');
    await lesson.plugin.selectOption('flannel');
    await expect(lesson.banner).toBeVisible();
    // The banner takes room from the canvas: the camera fits the step again, zoomed out further,
    // where "· blocked if enforced" has no room between web and db (it had while the camera moved).
    // At rest the label keeps the mark of what the policies would do, in the unenforced style,
    // the whole sentence and why in its tooltip.
    const label = canvas.lineLabel('default/web', 'default/db');
    await canvas.settledBox(canvas.workload('default/web'));
    await expect(label).toBeVisible();
    await expect(label).toHaveText('⊘ TCP 6379');
    await expect(label).toHaveClass(/is-unenforced/);
    await expect(label).toHaveAttribute(
      'title',
      /^TCP 6379 · blocked if enforced\n.*not enforced with Flannel/s,
    );
    await expect(label).toBeInViewport();
    for (const from of ['default/search', 'default/api', 'default/inventory']) {
      await expect(canvas.lineLabel(from, 'default/db')).toHaveText('TCP 6379');
    }
    await page.screenshot({ path: 'test-results/lesson-recipes-11-flannel-1280.png' });
    // Back under Calico the same line is blocked, its label the same mark.
    await lesson.plugin.selectOption('calico');
    await expect(label).toHaveText('⊘ TCP 6379');
    await expect(label).not.toHaveClass(/is-unenforced/);
    await expect(label).toHaveClass(/is-blocked/);
  });
});
