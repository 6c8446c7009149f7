import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';
import { screenshotsBothThemes } from './pages/screenshots';

/**
 * With the design panned out of view, `press` on a row of a preview brings both ends of its
 * connection into view and selects the line between them.
 */
async function expectRowShows(
  canvas: Canvas,
  row: Locator,
  press: (row: Locator) => Promise<void>,
  from: string,
  to: string,
): Promise<void> {
  const inView = (key: string) => canvas.inView(canvas.workload(key));
  await canvas.panAway();
  await expect.poll(() => inView(to)).toBe(false);
  await press(row);
  await expect.poll(() => inView(from)).toBe(true);
  await expect.poll(() => inView(to)).toBe(true);
  expect(await canvas.selection()).toEqual({
    kind: 'flow',
    id: `workload:${from}>workload:${to}`,
    focus: null,
  });
}

const pressKey = (key: string) => async (row: Locator) => {
  await row.focus();
  await row.page().keyboard.press(key);
};

test.describe('before deleting a policy', () => {
  test('the preview tells what the deletion would allow and block, and it does', async ({
    page,
    canvas,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await policyPanel.open();
    await policyPanel.item('db-policy').click();
    await policyPanel.panel.getByRole('button', { name: 'Preview deletion' }).click();
    const preview = policyPanel.panel.getByRole('status');
    await expect(preview).toHaveText(
      /^Deleting this policy would (allow|block) \d+ connections? and (allow|block) (none|\d+ connections?)\. The canvas and the status line will show \d+ of them: those between two workloads on a port the destination declares\.$/,
    );
    await page.screenshot({ path: 'test-results/deletion-preview.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/deletion-preview-1920.png' });
    const text = (await preview.textContent()) ?? '';
    const count = (verb: string) => Number(new RegExp(`${verb} (\\d+)`).exec(text)?.[1] ?? 0);

    await policyPanel.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    // The status line then lists what the deletion did: as many as previewed.
    const status = page.getByRole('status').filter({ hasText: 'Deleted policy prod/db-policy.' });
    await expect(status).toBeVisible();
    // What changed comes with the new lines, from the worker, after the deletion's own words.
    await expect(status).toContainText(/Now (allowed|blocked): /);
    const said = (await status.textContent()) ?? '';
    // Between workloads (both ends `namespace/name`), as the preview said it would name them.
    const listed = (label: string) => {
      const part = new RegExp(`${label}: ([^.]*)\\.`).exec(said)?.[1];
      return part === undefined
        ? []
        : part.split(', ').filter((c) => /^\S+\/\S+ → \S+\/\S+ /.test(c));
    };
    const shown = Number(/will show (\d+) of them/.exec(text)?.[1]);
    expect([...listed('Now allowed'), ...listed('Now blocked')]).toHaveLength(shown);
    // Deleting db-policy opens db to every pod: the diff's 16, of which 5 at declared ports.
    expect([count('allow'), count('block'), shown]).toEqual([16, 0, 5]);
  });
});

test.describe('before a destructive edit, the Inspector previews it', () => {
  test('for a policy and one of its rules: the count and each connection with its reason', async ({
    page,
    canvas,
    inspector,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await policyPanel.pick('db-policy');
    await inspector.tab.click();
    const details = inspector.panel.getByRole('region', { name: 'Rules of this policy' });
    await expect(details).toContainText('spec.ingress[0]');

    await inspector.panel.getByRole('button', { name: 'Preview deletion' }).click();
    await expect(inspector.panel.getByRole('status')).toHaveText(
      /^Deleting this policy would (allow|block) \d+ connections? and (allow|block) (none|\d+ connections?)\. The canvas and the status line will show \d+ of them: those between two workloads on a port the destination declares\.$/,
    );
    const changes = inspector.panel.getByRole('list', {
      name: 'What deleting this policy would change',
    });
    await expect(changes.getByRole('button').first()).toHaveAccessibleName(
      /^\S+ → \S+: newly (allowed|blocked) /,
    );
    await expect(changes.getByRole('button').first()).toContainText('prod/db-policy');
    await page.screenshot({ path: 'test-results/deletion-preview-inspector.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/deletion-preview-inspector-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // One rule: its own preview replaces the policy's.
    await inspector.panel
      .getByRole('button', { name: 'Preview deleting spec.ingress[0]', exact: true })
      .click();
    const rule = inspector.panel.getByRole('status');
    await expect(rule).toHaveText(
      /^Deleting this rule would block \d+ connections? and allow none\.$/,
    );
    await expect(
      inspector.panel.getByRole('list', { name: 'What deleting this rule would change' }),
    ).toContainText('prod/api → prod/db');
    await expect(changes).toHaveCount(0);
    await page.screenshot({ path: 'test-results/deletion-preview-rule.png' });

    await inspector.panel.getByRole('button', { name: 'Delete policy' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Deleted policy prod/db-policy.' }),
    ).toBeVisible();
  });

  test('for a peer of the line clicked, as many as the removal then blocks', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.lineLabel('prod/api', 'prod/db').click();
    const rules = inspector.panel.getByRole('region', { name: 'Rules behind this line' });
    await rules
      .getByRole('button', { name: /^Preview removing prod\/db-policy spec\.ingress\[0\]/ })
      .click();
    const preview = rules.getByRole('status');
    await expect(preview).toHaveText(
      /^Deleting this (peer|flow) would block \d+ connections? and allow none\.$/,
    );
    await expect(
      rules
        .getByRole('list', { name: /^What deleting this (peer|flow) would change$/ })
        .getByRole('button', { name: 'prod/api → prod/db: newly blocked TCP 3306' }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/deletion-preview-line.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/deletion-preview-line-1920.png' });
  });

  test('for a namespace: what goes with it, and nothing changed between the rest', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.namespace('dev').click({ position: { x: 20, y: 10 } });
    await inspector.panel.getByRole('button', { name: 'Preview deletion' }).click();
    await expect(inspector.panel.getByRole('status')).toHaveText(
      'Deleting this namespace would change no connection between the workloads that stay.',
    );
    await expect(inspector.panel.getByText('Workloads removed: dev/api')).toBeVisible();
    await page.screenshot({ path: 'test-results/deletion-preview-namespace.png' });
    await inspector.panel.getByRole('button', { name: 'Delete namespace' }).click();
    await expect(canvas.namespace('dev')).toHaveCount(0);
  });
});

test.describe('a row of a deletion preview shows its connection', () => {
  test('clicked, or pressed with Enter or Space: both ends come into view, the line selected', async ({
    page,
    canvas,
    inspector,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();

    // In the Policies tab: a click; the tab stays.
    await policyPanel.open();
    await policyPanel.item('db-policy').click();
    await policyPanel.panel.getByRole('button', { name: 'Preview deletion' }).click();
    const changes = policyPanel.panel.getByRole('list', {
      name: 'What deleting this policy would change',
    });
    await expect(changes.getByRole('heading', { name: 'dev/api → prod/db' })).toBeVisible();
    await screenshotsBothThemes(page, 'deletion-preview-rows');
    const allowed = changes.getByRole('button', { name: /^dev\/api → prod\/db: newly allowed / });
    await expectRowShows(canvas, allowed, (row) => row.click(), 'dev/api', 'prod/db');
    await expect(policyPanel.tab).toHaveAttribute('aria-selected', 'true');

    // In the Inspector, a rule's preview: Enter on its row opens the line it would block.
    await policyPanel.pick('db-policy');
    await inspector.tab.click();
    await inspector.panel
      .getByRole('button', { name: 'Preview deleting spec.ingress[0]', exact: true })
      .click();
    const blocked = inspector.panel
      .getByRole('list', { name: 'What deleting this rule would change' })
      .getByRole('button', { name: 'prod/api → prod/db: newly blocked TCP 3306' });
    await expect(blocked).toHaveAccessibleDescription(
      'prod/db-policy ingress[0] no longer allows it',
    );
    await screenshotsBothThemes(page, 'deletion-preview-rule-rows');
    await expectRowShows(canvas, blocked, pressKey('Enter'), 'prod/api', 'prod/db');
    const rules = inspector.panel.getByRole('region', { name: 'Rules behind this line' });
    await expect(rules).toContainText('prod/db-policy spec.ingress[0]');

    // The line's own peer preview: Space on its row.
    await rules
      .getByRole('button', { name: /^Preview removing prod\/db-policy spec\.ingress\[0\]/ })
      .click();
    const peer = rules.getByRole('button', { name: 'prod/api → prod/db: newly blocked TCP 3306' });
    await expectRowShows(canvas, peer, pressKey('Space'), 'prod/api', 'prod/db');
  });
});
