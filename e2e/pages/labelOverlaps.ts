import { expect } from '@playwright/test';
import type { Canvas } from './Canvas';

/** Pairs of line labels on show that lie on one another, as `text on text`. */
export async function labelsOnLabels(canvas: Canvas): Promise<string[]> {
  return canvas.lineLabels.evaluateAll((all) => {
    const boxes = all
      .filter((l) => l.checkVisibility())
      .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }));
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) =>
            a.r.left < b.r.right &&
            b.r.left < a.r.right &&
            a.r.top < b.r.bottom &&
            b.r.top < a.r.bottom,
        )
        .map((b) => `${a.text} on ${b.text}`),
    );
  });
}

/**
 * Each of `lines` (`[from, to, port]`, workloads of `namespace`) shows its port, and no label on
 * show lies on a card, a card's name (one over the cards), or another label.
 */
export async function expectLinesSayPorts(
  canvas: Canvas,
  namespace: string,
  lines: readonly (readonly [string, string, string])[],
): Promise<void> {
  for (const [from, to, port] of lines) {
    const label = canvas.lineLabel(`${namespace}/${from}`, `${namespace}/${to}`);
    await expect(label, `${from} → ${to}`).toHaveText(port, { timeout: 10_000 });
    await expect(label, `${from} → ${to}`).toBeVisible();
  }
  await expect.poll(() => canvas.labelsAstray()).toEqual([]);
  expect(await labelsOnLabels(canvas)).toEqual([]);
}
