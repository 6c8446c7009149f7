/** A picture's SVG drawn as PNG, for slides and chat tools, which take no SVG. */

/** Chromium draws no canvas with a side longer than this. */
const MAX_CANVAS_SIDE = 16_000;

/** The size an SVG of `pictureSvg` declares on its root. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

/**
 * The largest scale up to `wanted` at which a picture of this size still fits a canvas (a
 * large design at 2× can pass the browser's limit).
 */
export function pngScale(size: { width: number; height: number }, wanted: number): number {
  return Math.min(wanted, MAX_CANVAS_SIDE / Math.max(size.width, size.height, 1));
}

/**
 * The picture as PNG, `scale` pixels per point, fewer when a side would pass what a canvas
 * can hold; the scale drawn is returned with it.
 */
export async function svgPng(svg: string, wanted: number): Promise<{ blob: Blob; scale: number }> {
  const { width, height } = svgSize(svg);
  const scale = pngScale({ width, height }, wanted);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('The browser would not draw the picture.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (blob === null) throw new Error('The browser would not make the PNG.');
  return { blob, scale };
}
