/**
 * Focus on a workload's neighbourhood: its lines in and out and the nodes at
 * their other ends stay as they are, the rest is dimmed; Escape, the same
 * button or F again leaves.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { findApi87 } from './heldOut';
import { holdLayout, holdLayoutAnswers } from './layoutHeld';
import type { Canvas as CanvasPage } from './pages/Canvas';

test.describe('when the canvas focuses on prod/api in the three-tier example', () => {
  test.beforeEach(async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.root).toBeVisible();
  });

  test('its neighbours stay, the rest dims, and Escape leaves', async ({ canvas, inspector }) => {
    await canvas.workload('prod/api').click();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'false');
    await inspector.focusButton.click();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.focusNote).toHaveAccessibleName(
      'Focused on prod/api: accepts connections from 1 workload (5 more blocked), opens connections to 1 workload (5 more blocked) — Esc to leave',
    );
    for (const near of ['prod/api', 'prod/web', 'prod/db']) {
      expect(await canvas.opacity(canvas.workload(near)), near).toBe(1);
    }
    expect(await canvas.opacity(canvas.line('prod/web', 'prod/api'))).toBe(1);
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBeLessThan(0.5);
    expect(await canvas.opacity(canvas.external('backup-server'))).toBeLessThan(0.5);

    await canvas.page.keyboard.press('Escape');
    await expect(canvas.focusNote).toBeHidden();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBe(1);
  });

  test('F focuses on the selected workload, and F again leaves', async ({ page, canvas }) => {
    await canvas.focusOn('prod/web');
    await expect.poll(() => canvas.opacity(canvas.workload('prod/db'))).toBeLessThan(0.5);
    await page.keyboard.press('f');
    await expect(canvas.focusNote).toBeHidden();
    await expect.poll(() => canvas.opacity(canvas.workload('prod/db'))).toBe(1);
  });

  test('a dimmed line, its label and a dimmed card let the pointer through; a lit line opens', async ({
    page,
    canvas,
  }) => {
    await canvas.focusOn('prod/api');
    // Where the pointer goes is read once the focus's camera move is over (under load it was not,
    // and a line's points, read before the move's last frame, lay off the line).
    await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
    // backup-server → db is not one of prod/api's lines: dimmed, and out of the pointer's way.
    const away = canvas.lineBetween('backup-server', 'prod/db');
    await expect.poll(() => canvas.opacity(away)).toBeLessThan(0.5);
    expect(await canvas.pointerSpot(away)).toBeNull();
    const label = canvas.lineLabelBetween('backup-server', 'prod/db');
    await expect(label).toBeVisible();
    expect(await canvas.takesPointer(label)).toBe(false);
    expect(await canvas.takesPointer(canvas.workload('dev/api'))).toBe(false);
    // web → api is its own: drawn as ever, and a click opens it.
    const own = canvas.line('prod/web', 'prod/api');
    expect(await canvas.opacity(own)).toBe(1);
    expect(await canvas.takesPointer(canvas.lineLabel('prod/web', 'prod/api'))).toBe(true);
    await expect.poll(() => canvas.pointerSpot(own)).not.toBeNull();
    const spot = await canvas.pointerSpot(own);
    if (spot === null) throw new Error('the pointer takes the lit line nowhere');
    await page.mouse.click(spot.x, spot.y);
    await expect
      .poll(() => canvas.selection())
      .toMatchObject({ kind: 'flow', id: 'workload:prod/web>workload:prod/api' });
  });

  test('a dimmed card’s dots take no drag, a lit card’s do', async ({ page, canvas }) => {
    // Tall enough that dev/api's dot lies clear of the focus note.
    await page.setViewportSize({ width: 1440, height: 900 });
    await canvas.focusOn('prod/api');
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBeLessThan(0.5);
    const dot = (key: string) => page.getByLabel(`Draw a flow from ${key}`, { exact: true });
    expect(await canvas.inView(dot('dev/api'))).toBe(true);
    expect(await canvas.takesPointer(dot('dev/api'))).toBe(false);
    expect(await canvas.takesPointer(dot('prod/web'))).toBe(true);
  });

  test('a lit namespace’s box still takes a click, on its header or beside its cards', async ({
    page,
    canvas,
  }) => {
    await canvas.focusOn('prod/api');
    const box = await canvas.namespace('prod').boundingBox();
    if (box === null) throw new Error('prod is not drawn');
    // Its bottom left corner, where no card is.
    await page.mouse.click(box.x + 12, box.y + box.height - 12);
    await expect.poll(() => canvas.selection()).toMatchObject({ id: 'namespace:prod' });
    await expect(canvas.focusNote).toContainText('Focused on prod/api');
  });

  test('panned and zoomed in a focus, the dimmed stay out of the pointer’s way', async ({
    page,
    canvas,
  }) => {
    await canvas.focusOn('prod/api');
    // A drag that starts on a dimmed card pans the canvas, as on the empty canvas. Measured once
    // the focus's camera move (a frame after the focus, then smooth) has come to rest.
    const card = await canvas.settledBox(canvas.workload('dev/api'));
    const was = await canvas.viewport();
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width / 2 + 60, card.y + card.height / 2 - 120, {
      steps: 6,
    });
    await page.mouse.up();
    await expect.poll(async () => (await canvas.viewport()).y).toBeLessThan(was.y - 100);
    const own = canvas.line('prod/web', 'prod/api');
    const box = await own.boundingBox();
    if (box === null) throw new Error('web → api is not drawn');
    await canvas.wheelIn({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(await canvas.takesPointer(canvas.workload('dev/api'))).toBe(false);
    expect(await canvas.pointerSpot(canvas.lineBetween('backup-server', 'prod/db'))).toBeNull();
    const spot = await canvas.pointerSpot(own);
    if (spot === null) throw new Error('the pointer takes the lit line nowhere');
    await page.mouse.click(spot.x, spot.y);
    await expect
      .poll(() => canvas.selection())
      .toMatchObject({ kind: 'flow', id: 'workload:prod/web>workload:prod/api' });
  });

  test('F changes nothing of what it dims: only the lit nodes and lines are marked', async ({
    page,
    canvas,
  }) => {
    // What F dims is dimmed by the canvas as a whole: its nodes' and lines' elements stay as
    // they are, so a focus on a large design redraws its neighbourhood, not the design.
    await canvas.workload('prod/api').click();
    await expect(canvas.line('prod/web', 'prod/api')).toBeVisible();
    await page.evaluate(() => {
      const changed: Element[] = [];
      Object.assign(window, { changedByFocus: changed });
      // React Flow's node and line wrappers have no role; its classes name them.
      new MutationObserver((records) => {
        for (const { target } of records) {
          const drawn = (target as Element).closest(
            '.react-flow__node, .react-flow__edge, .nc-edge-label',
          );
          if (drawn !== null) changed.push(drawn);
        }
      }).observe(document.querySelector('.react-flow__viewport') ?? document, {
        attributes: true,
        subtree: true,
      });
    });
    await page.keyboard.press('f');
    await expect(canvas.focusNote).toContainText('Focused on prod/api');
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBeLessThan(0.5);
    const dimmedChanged = await page.evaluate(() =>
      (window as unknown as { changedByFocus: Element[] }).changedByFocus
        .filter((el) => getComputedStyle(el).opacity !== '1')
        .map((el) => el.getAttribute('data-id') ?? el.getAttribute('data-testid')),
    );
    expect(dimmedChanged).toEqual([]);
  });
});

test('while focused, the page has one status region, and the note is a region named by its text', async ({
  page,
  canvas,
}) => {
  await page.goto('/?fixture=three-tier');
  await canvas.workload('prod/api').click();
  await page.keyboard.press('f');
  const note = canvas.focusNote;
  await expect(note).toHaveAccessibleName(
    'Focused on prod/api: accepts connections from 1 workload (5 more blocked), opens connections to 1 workload (5 more blocked) — Esc to leave',
  );
  await expect(note.getByRole('button', { name: 'Leave focus' })).toBeVisible();
  // The status line is the one live region: it alone is announced, and found by its role.
  await expect(page.getByRole('status')).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('Every edit is evaluated at once.');
});

test('at 1280×720 the focus note sits clear of the minimap and the zoom buttons', async ({
  page,
  canvas,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?fixture=three-tier');
  await canvas.focusOn('prod/api');
  const note = await canvas.focusNote.boundingBox();
  // React Flow's own overlays have no role; its class names them (as in canvasLayout.spec.ts).
  const overlays = page.locator('.react-flow__minimap, .react-flow__controls');
  await expect(overlays).toHaveCount(2);
  for (const overlay of await overlays.all()) {
    const box = await overlay.boundingBox();
    if (note === null || box === null) throw new Error('not drawn');
    const apart =
      note.x + note.width <= box.x ||
      box.x + box.width <= note.x ||
      note.y + note.height <= box.y ||
      box.y + box.height <= note.y;
    expect(apart, `${JSON.stringify(note)} and ${JSON.stringify(box)}`).toBe(true);
  }
});

/** Every pod of `shop` accepts ops/monitor: a line from that card to the shop box. */
const WHOLE_NAMESPACES = `---
apiVersion: v1
kind: Namespace
metadata: {name: ops, labels: {team: ops}}
---
apiVersion: v1
kind: Pod
metadata: {name: monitor, namespace: ops, labels: {app: monitor}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-ops, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from: [{namespaceSelector: {matchLabels: {team: ops}}, podSelector: {matchLabels: {app: monitor}}}]
`;

test('a line to a workload’s whole namespace is one of its own when focused', async ({
  page,
  canvas,
  inspector,
  toolbar,
  collapsed,
}) => {
  await page.goto('/?fixture=three-tier');
  await toolbar.openYamlFile('whole.yaml', WHOLE_NAMESPACES);
  await canvas.workload('shop/web').click();
  await inspector.focusButton.click();
  // The Inspector says ops/monitor can reach it; the focus does not say nothing comes in. Its
  // two lines drawn lit (the rule's, to the box, and the path's, to web itself) are one workload.
  // ops/monitor declares no port and nothing isolates it: web reaches it on every port.
  await expect(canvas.focusNote).toHaveAccessibleName(
    'Focused on shop/web: accepts connections from 1 workload (1 more blocked), opens connections to 1 workload (1 more blocked) — Esc to leave',
  );
  const boxLine = page.getByTestId('edge.workload:ops/monitor>namespace:shop');
  expect(await canvas.opacity(boxLine)).toBe(1);
  expect(await canvas.opacity(canvas.workload('ops/monitor'))).toBe(1);
  // Collapsed, ops is joined by a summary line, lit with the box at its end.
  await collapsed.collapse('ops').click();
  await expect(collapsed.expand('ops')).toBeVisible();
  const summary = collapsed.summary('namespace:ops', 'namespace:shop');
  await expect(summary).toBeAttached();
  await expect.poll(() => canvas.opacity(summary)).toBe(1);
  expect(await canvas.opacity(canvas.namespace('ops'))).toBe(1);
});

test('focused on a workload whose lines reach every namespace, the camera shows it', async ({
  page,
  canvas,
  inspector,
}) => {
  // ns-7/app-7-api-87 opens connections into every namespace: its neighbourhood is framed whole,
  // farther out than cards keep their print.
  await findApi87(page, canvas);
  const card = canvas.workload('ns-7/app-7-api-87');
  await expect.poll(() => canvas.inView(card)).toBe(true);
  await inspector.focusButton.click();
  await expect(canvas.focusNote).toContainText('Focused on ns-7/app-7-api-87');
  // Once the camera has settled, the workload itself is in view, above the strip along the
  // canvas's bottom that the focus note, the zoom buttons and the minimap take.
  const moving = () => page.evaluate(() => window.__editor?.getState().focusRequest ?? null);
  await expect.poll(moving, { timeout: 30_000 }).toBeNull();
  const box = await canvas.settledBox(card);
  const frame = await canvas.root.boundingBox();
  if (frame === null) throw new Error('no canvas');
  expect(await canvas.inView(card)).toBe(true);
  expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height - 112);
});

test('focused, every workload the Inspector says can connect stays lit, with its line', async ({
  page,
  canvas,
  inspector,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  // ns-7/app-7-api-87 admits pods of several namespaces by one rule (pods with a version label
  // in namespaces whose env is not dev): that rule's lines run between namespace boxes.
  await findApi87(page, canvas);
  const from = page.getByRole('region', { name: 'Accepts connections from' });
  await expect(from.getByRole('button', { name: /^ns-7\/app-7-api-7 / })).toBeVisible();
  // The Inspector and the focus note count the same workloads, in the same words: the note
  // said "7 lines in" beside "33 of 200 workloads", read as two answers to one question.
  const heading = from.getByRole('heading');
  // The cards outside the cluster are counted after the workloads ("…, 0 of 5 IP blocks").
  await expect(heading).toHaveText(/^Accepts connections from \d+ of \d+ workloads(,|$)/);
  const count = /from (\d+) of/.exec(await heading.innerText())?.[1];
  await inspector.focusButton.click();
  // What the focus lights is marked once its namespaces are drawn: seconds on a busy machine.
  await canvas.focusDrawn();
  await expect(canvas.focusNote).toHaveAccessibleName(
    new RegExp(
      `^Focused on ns-7/app-7-api-87: accepts connections from ${String(count)} workloads( and \\d+ namespaces? or address(es)?)?( \\(\\d+ more blocked\\))?, opens connections to .+ — Esc to leave$`,
    ),
  );
  const peer = canvas.workload('ns-7/app-7-api-7');
  await expect.poll(() => canvas.opacity(peer)).toBe(1);
  expect(await canvas.opacity(canvas.line('ns-7/app-7-api-7', 'ns-7/app-7-api-87'))).toBe(1);
  // A workload of its namespace that cannot reach it is dimmed.
  const away = canvas.workload('ns-7/app-7-db-127');
  expect(await canvas.opacity(away)).toBeLessThan(0.5);
});

/** The held-out design opened and api-87 found, the camera's move to it done. */
async function api87InView(page: Page, canvas: CanvasPage) {
  await findApi87(page, canvas);
  await canvas.cameraMoved();
  return canvas.workload('ns-7/app-7-api-87');
}

test('F on a busy workload of a collapsed design lights its neighbours’ boxes at once', async ({
  page,
  canvas,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  // The held-out design opens collapsed (past 60 workloads): Find opens ns-7 alone, and the
  // workloads app-7-api-87 reaches wait in the other namespaces' boxes, which F opens.
  const card = await api87InView(page, canvas);
  await expect.poll(() => canvas.inView(card)).toBe(true);
  const far = canvas.namespace('ns-1');
  const collapsed = () => page.evaluate(() => window.__editor?.getState().collapsed ?? []);
  expect(await collapsed()).toContain('ns-1');
  await page.keyboard.press('f');
  // Right after the key, before ns-1 is laid out and its cards and lines drawn, the box stands
  // for the neighbours it holds: lit, as the focused workload is; the note says more is coming.
  expect(await canvas.opacity(far)).toBe(1);
  expect(await canvas.opacity(card)).toBe(1);
  await expect(canvas.focusNote).toContainText('drawing more…');
  // Once all is drawn, the sign is gone and the focused workload is whole in view.
  await canvas.focusDrawn();
  await canvas.settledBox(card);
  expect(await canvas.inView(card)).toBe(true);
  expect(await canvas.opacity(far)).toBe(1);
});

test('F on a busy workload at the top of a large collapsed design frames it with its nearest', async ({
  page,
  canvas,
  collapsed,
}) => {
  // A 600-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  // A 600-workload design opens collapsed; ns-1/app-6-cache-1 sits in the top row of ns-1, at
  // the design's top, and reaches 261 workloads in the boxes below and beside it.
  await page.setViewportSize({ width: 1440, height: 900 });
  const doc = generateCluster({ pods: 600, namespaces: 30, policies: 200, seed: 5 });
  await collapsed.open('c600.yaml', doc);
  await canvas.findAndFocus('ns-1/app-6-cache-1');
  const card = canvas.workload('ns-1/app-6-cache-1');
  const box = await canvas.settledBox(card);
  const area = await canvas.freeArea();
  // The card is whole in the canvas's free part, with its namespace's name, and not at its edge:
  // its centre within the middle half across (it once sat at the edge, its namespace cut).
  expect(await canvas.inFreeArea(card)).toBe(true);
  expect(await canvas.inFreeArea(canvas.namespace('ns-1').locator('.nc-namespace-name'))).toBe(
    true,
  );
  const across = (box.x + box.width / 2 - area.x) / (area.r - area.x);
  expect(across).toBeGreaterThan(1 / 4);
  expect(across).toBeLessThan(3 / 4);
  // Its neighbours lie below and beside it: the frame holds the nearest of them centred, so it
  // sits in the upper part of the view rather than under a band of empty canvas above the
  // design's top (a rule that kept it in the middle third left a quarter of the view empty).
  const down = (box.y + box.height / 2 - area.y) / (area.b - area.y);
  expect(down).toBeLessThan(1 / 2);
  await expect(canvas.focusNote).toContainText(/In view: the \d+ nearest of its \d+ neighbours/);
});

test('a zoom by the user while a focus is being drawn keeps the camera where the user put it', async ({
  page,
  canvas,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  await api87InView(page, canvas);
  await page.keyboard.press('f');
  await expect(canvas.focusNote).toContainText('drawing more…');
  // The user zooms in before the rest of the neighbourhood is drawn, the pointer amid the canvas
  // (the camera may be on its way to the boxes the neighbours wait in: the wheel stops it there).
  const box = await canvas.root.boundingBox();
  if (box === null) throw new Error('the canvas has no box');
  const mine = await canvas.wheelIn({ x: box.x + box.width / 2, y: box.y + box.height / 3 });
  // Once all is drawn, the camera is not moved out to frame the whole neighbourhood: the focus
  // asks for no move any more (a move it still made would end before it says it is done).
  await canvas.focusDrawn();
  expect(await canvas.zoom()).toBe(mine);
});

test('F on a busy workload of a collapsed design opens what reads, and tells where the rest wait', async ({
  page,
  canvas,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  // app-7-api-87's neighbours wait in every namespace of the design (8 of 25 workloads each):
  // opening them all is Expand all, framed too far out for a name to read.
  const card = await api87InView(page, canvas);
  const state = () =>
    page.evaluate(() => {
      const s = window.__editor?.getState();
      return { collapsed: s?.collapsed ?? [], opened: s?.neighbourhoodOpened ?? [] };
    });
  const before = (await state()).collapsed;
  await page.keyboard.press('f');
  // The namespaces with most neighbours open; the others stay collapsed, lit, their summary
  // lines from the focused workload lit, and the note says how many neighbours wait in them.
  const rest = canvas.focusNote.getByRole('button', { name: /^Open the \d+ namespaces$/ });
  await expect(rest).toBeVisible();
  await expect(canvas.focusNote).toContainText(
    /\d+ of its \d+ neighbouring workloads wait in \d+ collapsed namespaces/,
  );
  const { collapsed: left, opened } = await state();
  expect(opened.length).toBeGreaterThan(0);
  const waiting = left.filter((name) => name.startsWith('ns-'));
  expect(waiting.length).toBeGreaterThan(0);
  for (const name of waiting) {
    expect(await canvas.opacity(canvas.namespace(name)), name).toBe(1);
  }
  // Each box's summary lines with the focused workload (or its namespace) stay lit.
  const own = '(workload:ns-7/app-7-api-87|namespace:ns-7)';
  for (const name of waiting) {
    const box = `namespace:${name}`;
    const summary = page.getByTestId(new RegExp(`^edge\\.(${own}>${box}|${box}>${own})$`));
    await expect(summary.first(), name).toBeAttached();
    expect(await canvas.opacity(summary.first()), name).toBe(1);
  }
  // Once drawn, the camera frames the neighbourhood where names read, the focused card whole.
  await canvas.focusDrawn();
  await canvas.settledBox(card);
  expect(await canvas.inView(card)).toBe(true);
  expect(await canvas.zoom()).toBeGreaterThanOrEqual(0.32);
  // Leaving puts the namespaces back as they were.
  await canvas.focusNote.getByRole('button', { name: 'Leave focus' }).click();
  await expect.poll(async () => (await state()).collapsed).toEqual(before);
});

test('a focus waits for its opening boxes’ layout, then moves the camera once', async ({
  page,
  canvas,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  await holdLayoutAnswers(page);
  const card = await api87InView(page, canvas);
  await holdLayout(page);
  await page.keyboard.press('f');
  // The namespaces F opens wait for their layout, drawn as the boxes they were.
  const opened = () => page.evaluate(() => window.__editor?.getState().neighbourhoodOpened ?? []);
  await expect.poll(async () => (await opened()).length).toBeGreaterThan(0);
  const [box] = await opened();
  await expect(canvas.namespace(box ?? '')).toBeVisible();
  await canvas.settledBox(card);
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  // Every frame from here: the camera, and whether the focus still asks for its move. Sixty
  // frames with the layout held first: the camera does not frame what stands for the boxes.
  await page.evaluate(async () => {
    const log: { style: string; asked: boolean; held: boolean }[] = [];
    (window as unknown as { __frames: typeof log }).__frames = log;
    const held = window as unknown as { __elkHeld: (() => void)[] | null };
    await new Promise<void>((resolve) => {
      const tick = () => {
        const style = document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
        const asked = window.__editor?.getState().focusRequest != null;
        log.push({ style, asked, held: held.__elkHeld !== null });
        if (log.length === 60) resolve();
        if (log.length < 3000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const answers = held.__elkHeld ?? [];
    held.__elkHeld = null;
    for (const answer of answers) answer();
  });
  await canvas.focusDrawn();
  const moved = await page.locator('.react-flow__viewport').getAttribute('style');
  const frames = await page.evaluate(
    () =>
      (window as unknown as { __frames: { style: string; asked: boolean; held: boolean }[] })
        .__frames,
  );
  // While the layout was held the camera stayed; it moved once the layout answered, and from
  // the frame the focus said its move was made, through every card and line drawn after, it
  // stayed where it went.
  expect(frames.filter((f) => f.held && f.style !== before)).toEqual([]);
  expect(moved).not.toBe(before);
  const done = frames.findIndex((f) => !f.held && !f.asked);
  expect(done, 'the move was never made').toBeGreaterThan(0);
  expect(frames.slice(done).filter((f) => f.style !== moved)).toEqual([]);
  // One move: the frames in which the camera changed follow each other, with no rest between
  // (it framed what stood for the boxes, then the boxes laid out, then every card drawn).
  const changed = frames.flatMap((f, i) => (i > 0 && f.style !== frames[i - 1]?.style ? [i] : []));
  const rests = changed.filter((i, k) => k > 0 && i - (changed[k - 1] ?? i) > 1);
  expect(rests, `the camera moved in frames ${changed.join(', ')}`).toEqual([]);
});

test('presenting a focus frames the focus, where names read, not the whole design', async ({
  page,
  canvas,
  toolbar,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means, longer
  // on a busy machine than the default budget.
  test.slow();
  // A 200-workload design: F opens the namespaces of most neighbours; Present then fitted the
  // whole design, the focused card's name about 8 px tall.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const doc = generateCluster({ pods: 200, namespaces: 11, policies: 90, seed: 7 });
  await toolbar.openDesign('c200.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const key = `${doc.workloads[40]?.namespace ?? ''}/${doc.workloads[40]?.name ?? ''}`;
  await canvas.findAndFocus(key);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  const card = canvas.workload(key);
  await canvas.settledBox(card);
  expect(await canvas.inView(card)).toBe(true);
  expect(await canvas.zoom()).toBeGreaterThanOrEqual(0.32);
});
