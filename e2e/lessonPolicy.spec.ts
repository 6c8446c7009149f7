import { expect, test } from './fixtures';

test.describe('when the step about a dash before podSelector is shown', () => {
  for (const [size, present] of [
    [{ width: 1920, height: 1080 }, false],
    [{ width: 1920, height: 1080 }, true],
    [{ width: 1280, height: 720 }, true],
  ] as const) {
    const mode = present ? 'presented' : 'normal';
    test(`shows the policy beside the canvas with the dash marked (${mode}, ${String(size.width)})`, async ({
      page,
      canvas,
      lesson,
      presentation,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/?lesson=namespaces&step=4');
      await expect(lesson.title).toHaveText('Two elements: either may match (OR)');
      if (present) {
        await page.keyboard.press('p');
        await expect(lesson.exitPresentation).toBeVisible();
        // The trainer opens the side panel too: the canvas and the pane share less width.
        if ((await presentation.sidePanel.getAttribute('aria-pressed')) === 'false') {
          await presentation.sidePanel.click();
        }
        await expect(presentation.sidePanel).toHaveAttribute('aria-pressed', 'true');
      }
      const pane = page.getByRole('complementary', { name: 'Policy prod/db-policy' });
      await expect(pane).toBeVisible();
      await expect(pane).toContainText('kind: NetworkPolicy');
      // Only that policy: no Namespace or Deployment of the design.
      await expect(pane).not.toContainText('kind: Namespace');
      const dash = pane.locator('mark').filter({ hasText: /^\s*- podSelector:$/ });
      await expect(dash).toBeVisible();
      await expect(dash).toBeInViewport();
      await expect(pane.locator('mark')).toHaveCount(2);
      await expect(pane.locator('mark').filter({ hasText: /- namespaceSelector:/ })).toBeVisible();
      await expect(pane.locator('mark').first()).toBeInViewport();
      // The marked lines are whole in the pane as it opens: at its top, or (a policy too long
      // for the pane, at 1280) scrolled to them, and again after presentation folds the text.
      const marks = await pane.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('mark')].map((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= box.top - 1 && r.bottom <= box.top + el.clientHeight + 1;
        });
      });
      expect(marks).toEqual([true, true]);
      // And whole across: no marked line runs past the pane's right edge, none is scrolled.
      const across = await pane.evaluate((el) => {
        const right = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth;
        return [...el.querySelectorAll('mark')].map((m) => ({
          text: m.textContent.trim(),
          whole: m.scrollWidth <= m.clientWidth + 1 && m.getBoundingClientRect().right <= right + 1,
        }));
      });
      expect(across).toEqual([
        { text: '- namespaceSelector:', whole: true },
        { text: '- podSelector:', whole: true },
      ]);
      expect(await pane.evaluate((el) => el.scrollLeft)).toBe(0);
      const size_ = await dash.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size_).toBeGreaterThanOrEqual(present ? 20 : 14);
      // Beside the canvas, not over it.
      const paneBox = await pane.boundingBox();
      const canvasBox = await canvas.root.boundingBox();
      expect(paneBox && canvasBox && paneBox.x >= canvasBox.x + canvasBox.width - 1).toBe(true);
      await canvas.settledBox(canvas.workload('prod/db'));
      await page.screenshot({
        path: `test-results/lesson-policy-${mode}-${String(size.width)}.png`,
      });
    });
  }

  test('a step that names no policy shows none', async ({ page, lesson }) => {
    await page.goto('/?lesson=namespaces&step=1');
    await expect(lesson.title).toHaveText('The same labels in three namespaces');
    await expect(page.getByRole('complementary', { name: /^Policy / })).toHaveCount(0);
  });
});

test.describe('when the three-tier step about a missing policyTypes is shown', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    test(`the YAML beside the canvas shows what the text says Kubernetes stores (${String(size.width)})`, async ({
      page,
      lesson,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/?lesson=three-tiers&step=3');
      await expect(lesson.title).toHaveText('db-policy isolates the database for ingress');
      await page.keyboard.press('p');
      await expect(lesson.bar).toContainText(
        'Kubernetes then always sets Ingress, and Egress only when the policy has egress rules',
      );
      await expect(lesson.bar).toContainText('stored with policyTypes Ingress alone');
      const pane = page.getByRole('complementary', { name: 'Policy prod/db-policy' });
      await expect(pane).toBeVisible();
      const types = pane.locator('mark').filter({ hasText: /policyTypes/ });
      await expect(types).toBeInViewport();
      await expect(pane).toContainText(/policyTypes:\s*\n?\s*- Ingress/);
      await expect(pane).not.toContainText('Egress');
      await expect(pane.locator('mark').filter({ hasText: /- podSelector:/ })).toBeVisible();
      await page.screenshot({ path: `test-results/three-tiers-policy-${String(size.width)}.png` });
      // The next two steps show the same policy: its rule, then Egress listed too.
      await page.keyboard.press('ArrowRight');
      await expect(lesson.title).toHaveText('web can no longer reach the database');
      await expect(pane.locator('mark')).toContainText('podSelector:');
      await page.keyboard.press('ArrowRight');
      await expect(lesson.title).toHaveText('Replies need no rule');
      await expect(pane).toContainText('- Egress');
      await expect(pane.locator('mark')).toContainText('policyTypes:');
    });
  }
});

test.describe('when a marked line is near the bottom of the policy pane', () => {
  test('the pane shows the lines after it too (three tiers step 4, Flannel, presented at 1280)', async ({
    page,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    // With Flannel a banner takes a line more from the pane's height.
    await lesson.plugin.selectOption('flannel');
    await page.keyboard.press('p');
    await expect(lesson.exitPresentation).toBeVisible();
    const pane = page.getByRole('complementary', { name: 'Policy prod/db-policy' });
    await expect(pane.locator('mark')).toContainText('podSelector:');
    // The selector under the marked `- podSelector:` shows: the room reads what it asks for.
    await expect
      .poll(() =>
        pane.evaluate((el) => {
          const last = [...el.querySelectorAll('mark')].at(-1);
          if (last === undefined) return -1;
          const bottom = el.getBoundingClientRect().top + el.clientHeight;
          return bottom - last.getBoundingClientRect().bottom;
        }),
      )
      .toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: 'test-results/three-tiers-step4-policy-1280.png' });
  });
});
