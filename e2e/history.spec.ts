import { expect, test } from './fixtures';
import { waitForSaved } from './pages/savedDesign';

test.describe('undo and redo', () => {
  test('bring a deleted workload back and take it away again', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/db').click();
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/db')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(canvas.workload('prod/db')).toBeVisible();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');

    await page.keyboard.press('Control+Shift+z');
    await expect(canvas.workload('prod/db')).toHaveCount(0);
    await toolbar.undo.click();
    await expect(canvas.workload('prod/db')).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect(canvas.workload('prod/db')).toHaveCount(0);
    await toolbar.undo.click();
    await expect(toolbar.redo).toBeEnabled();
    await page.screenshot({ path: 'test-results/undo-redo.png' });
  });

  test('an undone delete selects what was deleted again, with its Inspector', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/db').click();
    await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveValue('db');
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/db')).toHaveCount(0);
    await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveValue('db');
    await expect(canvas.workload('prod/db')).toHaveAttribute('aria-selected', 'true');
  });

  test('an undone drag puts the card back where it was drawn, the others unmoved', async ({
    page,
    canvas,
    toolbar,
  }) => {
    // The example has no stored places: the dragged card had none of its own.
    await page.goto('/?fixture=three-tier');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    const shown = await canvas.settledPlaces();
    await canvas.dragBy(canvas.workload('prod/web'), 0, 90);
    const dropped = await canvas.settledPlaces();
    expect(dropped['node.workload.prod/web']).not.toBe(shown['node.workload.prod/web']);

    await page.keyboard.press('Control+z');
    expect(await canvas.settledPlaces()).toEqual(shown);
    await toolbar.redo.click();
    expect(await canvas.settledPlaces()).toEqual(dropped);
  });

  test('an undone delete leaves every card where it was, and so does its redo', async ({
    page,
    canvas,
    toolbar,
  }) => {
    // The example has no stored places: its cards are where the canvas put them.
    await page.goto('/?fixture=three-tier');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    const shown = await canvas.settledPlaces();
    await canvas.workload('prod/web').click();
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/web')).toHaveCount(0);
    const deleted = await canvas.settledPlaces();

    await page.keyboard.press('Control+z');
    await expect(canvas.workload('prod/web')).toBeVisible();
    // Not laid out again: what the user saw before the delete comes back as it was.
    await canvas.laidOut();
    expect(await canvas.settledPlaces()).toEqual(shown);
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await page.screenshot({ path: 'test-results/undo-delete-in-place.png' });

    await toolbar.redo.click();
    await expect(canvas.workload('prod/web')).toHaveCount(0);
    await canvas.laidOut();
    expect(await canvas.settledPlaces()).toEqual(deleted);
  });

  test('deleting a line removes the rules behind it, and undo restores them', async ({
    page,
    canvas,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.lineLabel('prod/web', 'prod/api').click();
    await page.keyboard.press('Delete');
    await expect(canvas.line('prod/web', 'prod/api')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');
  });
});

test.describe('when the page is reloaded', () => {
  test('the design and its layout are restored from the browser', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await expect(canvas.workload('prod/frontend')).toBeVisible();
    await waitForSaved(page, 'name: frontend');
    await page.reload();
    await expect(canvas.workload('prod/frontend')).toBeVisible();
    await expect(canvas.lineLabel('prod/frontend', 'prod/api')).toHaveText('TCP 5000');
    await expect(page.getByRole('status')).toContainText('Restored your last design');
    await page.screenshot({ path: 'test-results/reload.png' });
  });
});

test.describe('when a renamed namespace is undone', () => {
  test('the box and its workloads stay where the user put them, and again on redo', async ({
    page,
    canvas,
    inspector,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.dragBy(canvas.namespace('dev'), 0, 160);
    const box = await canvas.settledBox(canvas.namespace('dev'));
    const api = await canvas.settledBox(canvas.workload('dev/api'));
    await canvas.namespace('dev').click({ position: { x: 40, y: 12 } });
    await inspector.rename('staging');
    await expect(canvas.namespace('staging')).toBeVisible();
    // Where the user put it; a longer name may widen the box (its name reads whole).
    const placed = ({ x, y }: { x: number; y: number }) => ({ x, y });
    expect(placed(await canvas.settledBox(canvas.namespace('staging')))).toEqual(placed(box));

    await toolbar.undo.click();
    await expect(canvas.namespace('staging')).toHaveCount(0);
    expect(await canvas.settledBox(canvas.namespace('dev'))).toEqual(box);
    expect(await canvas.settledBox(canvas.workload('dev/api'))).toEqual(api);

    await toolbar.redo.click();
    expect(placed(await canvas.settledBox(canvas.namespace('staging')))).toEqual(placed(box));
    expect(await canvas.settledBox(canvas.workload('staging/api'))).toEqual(api);
  });
});

test.describe('when a lesson has been left', () => {
  test("undo takes back the user's own edit, never a lesson step, and a reload keeps the user's design", async ({
    page,
    canvas,
    lesson,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/db').click();
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/db')).toHaveCount(0);

    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog', { name: 'Lessons' })
      .getByRole('button', { name: 'Outside the cluster' })
      .click();
    await expect(canvas.workload('kube-system/coredns')).toBeVisible();
    await lesson.next.click();
    await lesson.next.click();
    await lesson.exit.click();
    await expect(lesson.bar).toBeHidden();
    await expect(canvas.workload('prod/db')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(canvas.workload('prod/db')).toBeVisible();
    await expect(canvas.workload('dev/api')).toBeVisible();
    await expect(canvas.workload('kube-system/coredns')).toHaveCount(0);
    await expect(toolbar.undo).toBeDisabled();
    await expect(toolbar.redo).toBeEnabled();

    // The autosave to IndexedDB is asynchronous: a reload within its delay may not see the last edit.
    await waitForSaved(page, 'name: db');
    await page.reload();
    await expect(page.getByRole('status')).toContainText('Restored your last design');
    await expect(canvas.workload('prod/db')).toBeVisible();
    await expect(canvas.workload('dev/api')).toBeVisible();
    await expect(canvas.workload('kube-system/coredns')).toHaveCount(0);
  });
});
