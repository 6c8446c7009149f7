import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { savedEntries } from './pages/savedDesign';

async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('when a trainer writes a lesson of their own in the app', () => {
  test('writes three steps, saves them, opens the file again and runs it with the keyboard', async ({
    page,
    canvas,
    inspector,
    lesson,
    lessonEditor: editor,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?fixture=three-tier');
    await lesson.lessonsButton.click();
    const menu = page.getByRole('dialog', { name: 'Lessons' });
    await menu.getByRole('button', { name: 'Write a lesson…' }).click();
    await expect(editor.tab).toHaveAttribute('aria-selected', 'true');
    await expect(editor.panel).toContainText('Add a step: it keeps the design as it is now.');
    await editor.lessonTitle.fill('The database alone');
    await editor.lessonId.fill('Database alone');
    await expect(editor.lessonId).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.panel).toContainText('Lowercase letters, digits and dashes');
    await editor.lessonId.fill('db-alone');
    await expect(editor.lessonId).toHaveAttribute('aria-invalid', 'false');

    // Step 1: the design as it is, ringing the database.
    await editor.addStep.click();
    await expect(editor.stepForm).toHaveAccessibleName('Step 1 of 1');
    await editor.stepTitle.fill('Three tiers and a policy');
    await expect(editor.stepText).toHaveAttribute('aria-invalid', 'true');
    await editor.stepText.fill('web calls the API server.\nThe API server queries the database.');
    await editor.rings('prod/db').check();

    // Step 2: web deleted from the design first; the step keeps the design without it.
    await canvas.workload('prod/web').click();
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/web')).toHaveCount(0);
    await expect(editor.panel).toBeVisible();
    await editor.addStep.focus();
    await page.keyboard.press('Enter');
    await expect(editor.stepForm).toHaveAccessibleName('Step 2 of 2');
    await editor.stepTitle.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Without web');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nothing is left that calls the API server from prod.');

    // Step 3: the connection it is about.
    await editor.addStep.click();
    await editor.stepTitle.fill('api to db is allowed');
    await editor.stepText.fill('db-policy lets the API server in on TCP 3306.');
    await editor.connectionFrom.selectOption('prod/api');
    await editor.connectionTo.selectOption('prod/db');
    await expect(editor.port).toHaveValue('3306');
    await editor.port.fill('70000');
    await expect(editor.panel).toContainText('A port is a number from 1 to 65535');
    await editor.port.fill('3306');
    await editor.panel.getByRole('checkbox', { name: /^Draw it as a line/ }).check();
    // What it claims: the new claim starts from its connection, as the canvas has it.
    await expect(editor.claims).toHaveCount(0);
    await expect(editor.claimFrom).toHaveValue('prod/api');
    await expect(editor.claimPort).toHaveValue('3306');
    await editor.addClaim.click();
    await expect(editor.claims).toHaveCount(1);
    await expect(editor.claims.first()).toContainText(
      'prod/api → prod/db on TCP 3306 is allowed ✓ the canvas agrees',
    );
    await editor.claimFrom.selectOption('prod/db');
    await editor.claimTo.selectOption('prod/api');
    await editor.claimPort.fill('5000');
    await expect(editor.addClaim).toHaveText('Add claim: blocked');
    await editor.addClaim.click();
    await expect(editor.claims).toHaveCount(2);
    await editor.panel.getByRole('button', { name: /^Remove claim prod\/db → prod\/api/ }).click();
    await expect(editor.claims).toHaveCount(1);
    await editor.panel
      .getByRole('combobox', { name: 'The policy it shows beside the canvas' })
      .selectOption('prod/db-policy');
    await page.screenshot({ path: 'test-results/lesson-editor-1920.png' });

    // Reorder: step 3 up and back down; a fourth step added and deleted.
    await editor.stepButton(3, 'Move step', 'up').click();
    await expect(editor.steps).toHaveText([/Three tiers/, /api to db/, /Without web/]);
    await editor.stepButton(2, 'Move step', 'down').click();
    await expect(editor.steps).toHaveText([/Three tiers/, /Without web/, /api to db/]);
    await editor.addStep.click();
    await expect(editor.steps).toHaveCount(4);
    await expect(editor.steps.nth(3)).toContainText('to fix');
    await editor.stepButton(4, 'Delete step').click();
    await expect(editor.steps).toHaveCount(3);

    await page.setViewportSize({ width: 1280, height: 720 });
    await editor.step(1).click();
    await expect(editor.stepTitle).toHaveValue('Three tiers and a policy');
    await page.screenshot({ path: 'test-results/lesson-editor-1280.png' });

    // Preview from step 1, and back to the editor.
    await editor.preview.click();
    await expect(lesson.where).toHaveText('Step 1 of 3');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await lesson.exit.click();
    await expect(editor.panel).toBeVisible();
    await expect(canvas.workload('prod/web')).toHaveCount(0);

    const downloaded = page.waitForEvent('download');
    await editor.save.click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe('db-alone.lesson.yaml');
    const text = await textOf(file);
    expect(text).toContain('name: db-alone');
    expect(text).toContain('prod/db-policy');
    expect(text).toMatch(/lines:[\s\S]*from: "prod\/api", to: "prod\/db", port: 3306/);
    expect(text).toContain(
      'connection: {from: "prod/api", to: "prod/db", port: 3306, protocol: TCP}',
    );
    expect(text).toMatch(
      /expect:\n\s*- .*from: "prod\/api", to: "prod\/db", port: 3306.*allowed: true/,
    );

    await lesson.lessonsButton.click();
    await page.getByLabel('Lesson file to open').setInputFiles({
      name: 'db-alone.lesson.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(text),
    });
    await expect(lesson.bar).toHaveAccessibleName('Lesson: The database alone');
    await expect(lesson.where).toHaveText('Step 1 of 3');
    await expect(lesson.bar).toContainText('The API server queries the database.');
    await expect(canvas.workload('prod/db')).toHaveAttribute('aria-selected', 'true');

    // Keys only from here.
    await page.keyboard.press('ArrowRight');
    await expect(lesson.title).toHaveText('Without web');
    await expect(canvas.workload('prod/web')).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await expect(lesson.title).toHaveText('api to db is allowed');
    await expect(inspector.explanation).toContainText('prod/api → prod/db on TCP port 3306');
    await page.keyboard.press('PageUp');
    await expect(lesson.where).toHaveText('Step 2 of 3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(lesson.where).toHaveText('Step 3 of 3');
  });

  test('a step keeps the layout the design had when it was added', async ({
    page,
    canvas,
    lesson,
    lessonEditor: editor,
  }) => {
    await page.goto('/?fixture=three-tier');
    const web = canvas.workload('prod/web');
    const db = canvas.workload('prod/db');
    /** Where db is drawn from web, in widths of a card (the same at any zoom). */
    const dbFromWeb = async () => {
      const w = await canvas.settledBox(web);
      const d = await canvas.settledBox(db);
      return { x: (d.x - w.x) / w.width, y: (d.y - w.y) / w.width };
    };
    await canvas.dragBy(db, -60, 140);
    const arranged = await dbFromWeb();
    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog', { name: 'Lessons' })
      .getByRole('button', { name: 'Write a lesson…' })
      .click();
    await editor.addStep.click();
    await expect(editor.stepForm).toHaveAccessibleName('Step 1 of 1');
    // Arranged differently afterwards: the step keeps its own copy.
    await canvas.dragBy(db, 160, -140);
    expect((await dbFromWeb()).y).not.toBeCloseTo(arranged.y, 1);
    await editor.preview.click();
    await expect(lesson.where).toHaveText('Step 1 of 1');
    const shown = await dbFromWeb();
    expect(shown.x).toBeCloseTo(arranged.x, 1);
    expect(shown.y).toBeCloseTo(arranged.y, 1);
  });

  test('a lesson with a problem is not saved, and the status line says why', async ({
    page,
    lesson,
    lessonEditor: editor,
  }) => {
    await page.goto('/?fixture=three-tier');
    await lesson.lessonsButton.click();
    await page.getByRole('button', { name: 'Write a lesson…' }).click();
    await editor.addStep.click();
    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    await editor.save.click();
    await expect(page.getByRole('status')).toContainText(
      'Lesson not saved: Step 1 text: Say what this step shows',
    );
    expect(downloads).toBe(0);
  });
});

test.describe('when a trainer reloads the page during a lesson', () => {
  test('a built-in lesson comes back at the same step', async ({ page, lesson }) => {
    await page.goto('/?lesson=three-tiers&step=1');
    await expect(lesson.where).toHaveText('Step 1 of 6');
    // Each key once the page has taken the one before (a busy machine may not listen yet).
    await expect(async () => {
      if ((await lesson.where.textContent()) === 'Step 1 of 6')
        await page.keyboard.press('ArrowRight');
      await expect(lesson.where).toHaveText('Step 2 of 6', { timeout: 1000 });
    }).toPass();
    await page.keyboard.press('ArrowRight');
    await expect(lesson.where).toHaveText('Step 3 of 6');
    await expect(page).toHaveURL(/[?&]lesson=three-tiers&step=3$/);
    await page.reload();
    await expect(lesson.where).toHaveText('Step 3 of 6');
  });

  test('their own lesson, and the lesson being written, come back', async ({
    page,
    lesson,
    lessonEditor: editor,
  }) => {
    await page.goto('/?fixture=three-tier');
    await lesson.lessonsButton.click();
    await page.getByRole('button', { name: 'Write a lesson…' }).click();
    await editor.lessonTitle.fill('Kept');
    await editor.lessonId.fill('kept');
    for (const title of ['First', 'Second']) {
      await editor.addStep.click();
      await editor.stepTitle.fill(title);
      await editor.stepText.fill(`The ${title.toLowerCase()} step.`);
    }
    await editor.step(1).click();
    await editor.preview.click();
    await page.keyboard.press('ArrowRight');
    await expect(lesson.title).toHaveText('Second');
    await expect(page).toHaveURL(/[?&]lesson=kept&step=2$/);
    await expect
      .poll(async () => Object.keys(await savedEntries(page)).sort())
      .toContain('netpol-canvas.lesson-open');
    await page.reload();
    await expect(lesson.bar).toHaveAccessibleName('Lesson: Kept');
    await expect(lesson.where).toHaveText('Step 2 of 2');
    await lesson.exit.click();
    await expect(editor.panel).toBeVisible();
    await expect(editor.steps).toHaveText([/First/, /Second/]);
  });
});
