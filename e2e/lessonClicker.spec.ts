/**
 * A trainer with a clicker (it sends Page Down, Page Up, → and Space) walks a
 * connection stop by stop, then goes on to the next step; a lesson starts
 * clean, without a walk of the design left over.
 */
import { expect, test } from './fixtures';

test.describe('when a trainer drives a lesson with a clicker', () => {
  test('Page Down and Space move the packet from stop to stop, then to the next step', async ({
    page,
    lesson,
    walk,
  }) => {
    await page.goto('/?lesson=three-tiers&step=5');
    await expect(lesson.title).toHaveText('Replies need no rule');
    await walk.walk('prod/api', 'prod/db', 3306);
    await expect(walk.callout).toContainText('Egress at the source prod/api');

    await page.keyboard.press('PageDown');
    await expect(walk.callout).toContainText('Ingress at the destination prod/db');
    await expect(lesson.where).toHaveText('Step 5 of 6');
    // Space on the page (not on a button) is the clicker's other "next".
    await page.getByRole('heading', { name: 'Replies need no rule' }).click();
    await page.keyboard.press('Space');
    await expect(walk.callout).toContainText('Reply on an established connection');
    await page.keyboard.press('PageUp');
    await expect(walk.callout).toContainText('Ingress at the destination prod/db');
    await page.screenshot({ path: 'test-results/lesson-clicker-walk.png' });

    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(lesson.where).toHaveText('Step 6 of 6');
    await expect(lesson.title).toHaveText('Every tier states its traffic');
    await expect(walk.callout).toHaveCount(0);
  });

  test('a walk of the design does not carry over into a lesson', async ({
    page,
    canvas,
    lesson,
    walk,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await walk.walk('prod/web', 'prod/db', 3306);
    await expect(walk.callout).toBeVisible();
    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog', { name: 'Lessons' })
      .getByRole('button', { name: 'Three tiers' })
      .click();
    await expect(lesson.where).toHaveText('Step 1 of 6');
    await expect(walk.callout).toHaveCount(0);
    await expect(walk.packet).toHaveCount(0);
  });
});
