import { expect, test } from './fixtures';

test.describe('when a connection is walked on the three-tier example', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('web → db on 3306 stops at the egress check at web: web-policy lets it out only to api', async ({
    page,
    canvas,
    walk,
  }) => {
    await expect(canvas.workload('prod/web')).toBeVisible();
    await walk.walk('prod/web', 'prod/db', 3306);
    await expect(walk.callout).toContainText('Egress at the source prod/web');
    await expect(walk.callout).toContainText('⊘ BLOCKED');
    await expect(walk.callout).toContainText('isolated for egress by policy prod/web-policy');
    await expect(walk.next).toBeDisabled();
    await expect(walk.panel).toContainText('The packet stops here');
    await expect(walk.announcement).toContainText('Egress at the source prod/web: BLOCKED');
    await page.screenshot({ path: 'test-results/walk-web-db-egress.png' });
  });

  test('with web not isolated, web → db passes egress by default and is blocked at db by db-policy', async ({
    page,
    canvas,
    walk,
  }) => {
    await expect(canvas.workload('prod/web')).toBeVisible();
    await page.evaluate(() => {
      const state = window.__editor?.getState();
      if (state === undefined) throw new Error('no editor');
      const policies = state.doc.policies.filter((p) => p.metadata.name !== 'web-policy');
      state.replaceDoc({ ...state.doc, policies });
    });
    await walk.walk('prod/web', 'prod/db', 3306);
    await expect(walk.callout).toContainText('✓ ALLOWED');
    await expect(walk.callout).toContainText('prod/web is not isolated for egress');
    await page.screenshot({ path: 'test-results/walk-web-db-1-egress.png' });
    await walk.next.click();
    await expect(walk.callout).toContainText('Ingress at the destination prod/db');
    await expect(walk.callout).toContainText('⊘ BLOCKED');
    await expect(walk.callout).toContainText('isolated for ingress by policy prod/db-policy');
    await expect(walk.announcement).toContainText('Ingress at the destination prod/db: BLOCKED');
    await expect(walk.next).toBeDisabled();
    await page.screenshot({ path: 'test-results/walk-web-db-2-ingress.png' });
  });

  test('api → db is allowed at both checks and the reply needs no rule', async ({ page, walk }) => {
    await walk.walk('prod/api', 'prod/db', 3306);
    await expect(walk.callout).toContainText('Allowed by spec.egress[0] of prod/api-policy');
    await page.screenshot({ path: 'test-results/walk-api-db-1-egress.png' });
    await walk.next.click();
    await expect(walk.callout).toContainText('Allowed by spec.ingress[0] of prod/db-policy');
    await page.screenshot({ path: 'test-results/walk-api-db-2-ingress.png' });
    await walk.next.click();
    await expect(walk.callout).toContainText('Reply on an established connection: no rule needed');
    await expect(walk.announcement).toContainText('no rule needed');
    await page.screenshot({ path: 'test-results/walk-api-db-3-reply.png' });
    await walk.replay.click();
    await expect(walk.currentStop()).toContainText('Egress at the source prod/api');
  });

  test('walks the other way: db may not start a connection to api', async ({ page, walk }) => {
    await walk.walk('prod/api', 'prod/db', 3306);
    await walk.swap.click();
    await expect(walk.panel).toContainText('prod/db → prod/api on TCP port 3306: BLOCKED');
    await expect(walk.callout).toContainText('isolated for egress by policy prod/db-policy');
    await page.screenshot({ path: 'test-results/walk-db-api-reverse.png' });
  });

  test('starts from the explanation of a line in the Inspector', async ({
    canvas,
    inspector,
    walk,
  }) => {
    await canvas.lineLabel('prod/api', 'prod/db').click();
    await inspector.panel.getByRole('button', { name: '▶ Walk this connection' }).click();
    await expect(walk.tab).toHaveAttribute('aria-selected', 'true');
    await expect(walk.callout).toContainText('Egress at the source prod/api');
  });

  test('with reduced motion the packet jumps to each stop and Next works from the keyboard', async ({
    page,
    walk,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await walk.walk('prod/api', 'prod/db', 3306);
    await expect(walk.packet).toHaveAttribute('data-arrived', 'true');
    await walk.next.focus();
    await page.keyboard.press('Enter');
    await expect(walk.currentStop()).toContainText('Ingress at the destination prod/db');
    await expect(walk.packet).toHaveAttribute('data-arrived', 'true');
  });
});

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function within(a: Box, outer: Box): boolean {
  return (
    a.x >= outer.x &&
    a.y >= outer.y &&
    a.x + a.width <= outer.x + outer.width &&
    a.y + a.height <= outer.y + outer.height
  );
}

test.describe('when a connection is walked on a projector-sized window', () => {
  const walks = [
    { url: '/?lesson=three-tiers&step=4', from: 'prod/api', to: 'prod/db', port: 3306 },
    { url: '/?lesson=outside&step=4', from: 'prod/db', to: 'backup-server', port: 80 },
  ];
  for (const present of [false, true]) {
    for (const w of walks) {
      test(`the callout covers neither node, nor the palette, and stays in the canvas: ${w.from} → ${w.to}${present ? ', presenting' : ''}`, async ({
        page,
        canvas,
        walk,
      }) => {
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.goto(w.url);
        if (present) await page.keyboard.press('p');
        await walk.tab.click();
        const form = walk.panel;
        const ends = form.getByLabel('From (starts the connection)');
        const value = async (key: string) =>
          (
            await ends
              .locator('option')
              .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
          ).find((v) => v.endsWith(`:${key}`)) ?? key;
        await ends.selectOption(await value(w.from));
        await form.getByLabel('To', { exact: true }).selectOption(await value(w.to));
        await form.getByLabel('Port').fill(String(w.port));
        await form.getByRole('button', { name: 'Walk', exact: true }).click();
        for (let stop = 0; stop < 3; stop++) {
          await expect(walk.packet).toHaveAttribute('data-arrived', 'true');
          const callout = await canvas.settledBox(walk.callout);
          const pane = await canvas.settledBox(canvas.root);
          expect(within(callout, pane)).toBe(true);
          for (const key of [w.from, w.to]) {
            const box = await canvas.workload(key).or(canvas.external(key)).boundingBox();
            expect(box).not.toBeNull();
            if (box !== null) expect(overlaps(callout, box)).toBe(false);
          }
          const palette = await canvas.palette.boundingBox();
          if (palette !== null) expect(overlaps(callout, palette)).toBe(false);
          if (await walk.next.isDisabled()) break;
          await walk.next.click();
        }
        await page.screenshot({
          path: `test-results/walk-1280-${w.to.replace('/', '-')}${present ? '-present' : ''}.png`,
        });
      });
    }
  }
});
