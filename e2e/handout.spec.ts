import { expect, test } from './fixtures';

test.describe('when a trainer prints a lesson as a handout', () => {
  test('every step is printed with its text and its diagram, and nothing else', async ({
    page,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?lesson=three-tiers&step=2');
    await expect(lesson.where).toHaveText('Step 2 of 6');
    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog', { name: 'Lessons' })
      .getByRole('button', { name: 'Print handout' })
      .click();
    const handout = page.getByRole('dialog', { name: 'Handout' });
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText('Three tiers');
    const steps = handout.getByRole('article');
    await expect(steps).toHaveCount(6);
    for (let i = 1; i <= 6; i += 1) {
      const step = handout.getByRole('article', { name: `Step ${i}`, exact: true });
      await expect(step.getByRole('heading', { level: 2 })).toContainText(`Step ${i} of 6: `);
      await expect(step.getByRole('img', { name: `Diagram of step ${i}` })).toBeVisible();
    }
    await page.screenshot({ path: 'test-results/handout-screen-1280.png' });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await handout.getByRole('article', { name: 'Step 4', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/handout-screen-1920.png' });
    await page.emulateMedia({ media: 'print' });
    await expect(handout.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Toolbar' })).toBeHidden();
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeHidden();
    await expect(steps.nth(5)).toBeVisible();
    await page.screenshot({ path: 'test-results/handout-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    // More than one page: the handout is not cut at the first one.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);

    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect(handout).toBeHidden();
    await expect(lesson.where).toHaveText('Step 2 of 6');
  });
});
