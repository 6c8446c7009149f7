/**
 * The status line keeps one height whatever it says: a message too long for its line is cut, the
 * canvas above keeps its size (the view does not jump, a presented frame stays framed), and the
 * whole message reads on hover and on keyboard focus, over the canvas.
 */
import { expect, test } from './fixtures';
import { REFUSED_START } from './pages/StatusLine';

const SHORT =
  'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.';

test.describe('the status line keeps one height', () => {
  test('a long message is cut, the canvas keeps its size, and it reads whole on hover and focus', async ({
    page,
    canvas,
    statusLine,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    // A message that fits is text, not a control: nothing to unfold, not in the Tab order.
    await expect(statusLine.message(SHORT)).toBeVisible();
    await expect(statusLine.line.getByRole('button')).toHaveCount(0);
    expect(await statusLine.tabTo(SHORT)).toBe(false);
    const size = await statusLine.canvasSize();
    const lineBox = await statusLine.line.boundingBox();
    const view = await canvas.viewport();

    const text = await statusLine.longMessage();
    expect(await statusLine.canvasSize()).toEqual(size);
    expect(await statusLine.line.boundingBox()).toEqual(lineBox);
    expect(await canvas.viewport()).toEqual(view);
    // The one live region holds all of it, for screen readers; on screen it is cut on its line,
    // and says that it unfolds.
    await expect(statusLine.line).toHaveText(/^Nothing imported\. .* \(and 1 more problem\)$/);
    await expect(page.getByRole('status').filter({ hasText: REFUSED_START })).toHaveCount(1);
    const message = statusLine.expandable(text);
    await expect(message).toHaveAttribute('aria-expanded', 'false');
    expect((await statusLine.look(text)).whole).toBe(false);
    await page.screenshot({ path: 'test-results/status/1280-long-cut.png' });

    // Hovered: the whole message, over the canvas, which keeps its size.
    await statusLine.message(text).hover();
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    const hovered = await statusLine.look(text);
    expect(hovered.whole).toBe(true);
    expect(hovered.box.y).toBeLessThan(lineBox?.y ?? 0);
    expect(hovered.box.y + hovered.box.height).toBeCloseTo(
      (lineBox?.y ?? 0) + (lineBox?.height ?? 0),
      0,
    );
    expect(await statusLine.canvasSize()).toEqual(size);
    await page.screenshot({ path: 'test-results/status/1280-long-hovered.png' });
    await page.mouse.move(600, 30);
    await expect(message).toHaveAttribute('aria-expanded', 'false');

    // Reached with Tab: whole while it has keyboard focus; Escape folds it, Enter unfolds it.
    expect(await statusLine.tabTo(text)).toBe(true);
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    expect((await statusLine.look(text)).whole).toBe(true);
    await page.keyboard.press('Escape');
    await expect(message).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    expect(await statusLine.canvasSize()).toEqual(size);
    expect(await canvas.viewport()).toEqual(view);

    // A click on the open message folds it and it stays folded when the pointer leaves (it held
    // the message open over the canvas). Back under the pointer it unfolds again, and a click
    // there pins it open: it stays when the pointer leaves, until a click folds it.
    await statusLine.message(text).click();
    await expect(message).toHaveAttribute('aria-expanded', 'false');
    await page.mouse.move(600, 300);
    await expect(message).toHaveAttribute('aria-expanded', 'false');
    await statusLine.message(text).hover();
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    await statusLine.message(text).click();
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    await page.mouse.move(600, 300);
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    await statusLine.message(text).click();
    await expect(message).toHaveAttribute('aria-expanded', 'false');
  });

  test('a click on a cut message, as the pointer arrives, shows it whole', async ({
    page,
    canvas,
    statusLine,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const text = await statusLine.longMessage();
    const message = statusLine.expandable(text);
    await page.mouse.move(600, 300);
    await expect(message).toHaveAttribute('aria-expanded', 'false');

    // One move and a click at once: whatever the hover's unfold did meanwhile, the message the
    // user clicked is open, and stays open when the pointer leaves.
    await statusLine.message(text).click();
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    expect((await statusLine.look(text)).whole).toBe(true);
    await page.mouse.move(600, 300);
    await expect(message).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: 'test-results/status/1280-long-clicked.png' });
    // A click elsewhere closes it, as before.
    await canvas.workload('prod/web').click();
    await expect(message).toHaveAttribute('aria-expanded', 'false');
  });

  test('a short message that replaces an unfolded one is plain text, and keeps the focus', async ({
    page,
    canvas,
    policyPanel: policies,
    statusLine,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    // Two deletions: the second opens six connections, more than the line holds at 1280 px.
    for (const name of ['api-policy', 'db-policy']) {
      await policies.pick(name);
      await policies.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    }
    await expect(statusLine.line).toContainText('Deleted policy prod/db-policy. Now allowed: ');
    const long = (await statusLine.line.textContent()) ?? '';
    await canvas.workload('dev/api').click();
    expect(await statusLine.tabTo(long)).toBe(true);
    await expect(statusLine.expandable(long)).toHaveAttribute('aria-expanded', 'true');

    // Delete, pressed there, deletes the selected workload: its message fits its line, so
    // nothing is left to unfold.
    await page.keyboard.press('Delete');
    const short = 'Deleted workload dev/api.';
    await expect(statusLine.line).toHaveText(short);
    await expect(statusLine.line.getByRole('button')).toHaveCount(0);
    const lineBox = await statusLine.line.boundingBox();
    expect((await statusLine.look(short)).box.y).toBeGreaterThanOrEqual(lineBox?.y ?? 0);
    // Escape and Enter leave the keyboard where it was: the next Tab goes on from the line,
    // not from the top of the page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(statusLine.message(short)).toBeFocused();
  });

  test('presented, a long message leaves the framed design where it is', async ({
    page,
    canvas,
    presentation,
    statusLine,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(presentation.panels).toBeHidden();
    await presentation.designBox();
    const size = await statusLine.canvasSize();
    const view = await canvas.viewport();

    const text = await statusLine.longMessage();
    expect(await statusLine.canvasSize()).toEqual(size);
    await expect(statusLine.expandable(text)).toHaveAttribute('aria-expanded', 'false');
    await page.screenshot({ path: 'test-results/status/1280-presented-long-cut.png' });
    await statusLine.message(text).hover();
    await expect(statusLine.expandable(text)).toHaveAttribute('aria-expanded', 'true');
    expect((await statusLine.look(text)).whole).toBe(true);
    await page.screenshot({ path: 'test-results/status/1280-presented-long-hovered.png' });
    expect(await statusLine.canvasSize()).toEqual(size);
    expect(await canvas.viewport()).toEqual(view);
  });
});
