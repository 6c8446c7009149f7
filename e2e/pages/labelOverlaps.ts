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
