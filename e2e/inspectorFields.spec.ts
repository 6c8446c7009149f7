/**
 * A workload's fields fit the side panel: its isolation badges, and every label's and port's
 * row, its remove button included, lie inside the Inspector, at the desk and presented (presented
 * at 1280×720 the badges' large type ran 7 px past the panel's edge). The labels and ports are
 * fieldsets, which are at least as wide as their content's widest: two text fields of their
 * default width each put the remove button past the panel's edge (6 px at 1920×1080, 60 px
 * presented, where it could not be clicked).
 */
import { expect, test } from './fixtures';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`a picked workload's label and port rows fit the Inspector at ${String(size.width)}×${String(size.height)}, presented too`, async ({
    page,
    canvas,
    inspector,
    lesson,
    presentation,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await expect(inspector.removeButtons.first()).toBeVisible();
    expect(await inspector.removeButtons.count()).toBeGreaterThanOrEqual(2);
    for (const overhang of await inspector.overhang(inspector.removeButtons)) {
      expect(overhang).toBeLessThanOrEqual(0);
    }
    expect(await inspector.isolationBadges.count()).toBe(2);
    for (const overhang of await inspector.overhang(inspector.isolationBadges)) {
      expect(overhang).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: `test-results/inspector-fields-${String(size.width)}.png` });

    await lesson.present.click();
    await expect(lesson.exitPresentation).toBeVisible();
    // Presented at 1280 px the side panel waits behind its button.
    if (!(await inspector.panel.isVisible())) await presentation.sidePanel.click();
    await expect(inspector.removeButtons.first()).toBeVisible();
    for (const overhang of await inspector.overhang(inspector.removeButtons)) {
      expect(overhang).toBeLessThanOrEqual(0);
    }
    expect(await inspector.isolationBadges.count()).toBe(2);
    for (const overhang of await inspector.overhang(inspector.isolationBadges)) {
      expect(overhang).toBeLessThanOrEqual(0);
    }
    await page.screenshot({
      path: `test-results/inspector-fields-${String(size.width)}-presented.png`,
    });
  });
}
