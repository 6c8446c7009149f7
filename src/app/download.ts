/** Saves text as a file through the browser's download. */
export function downloadText(fileName: string, text: string, type = 'application/yaml'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves bytes (a picture) as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/**
 * A file name for the design named `title` ("Shop, production" → `shop-production.yaml`):
 * lower case letters, digits and dashes, so it is safe on every system; `fallback` when the
 * design is untitled or its name has none of them. `suffix` follows the name (`-networkpolicies`).
 */
export function designFileName(
  title: string | undefined,
  fallback: string,
  suffix: string,
  extension: string,
): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug === '' ? fallback : slug}${suffix}.${extension}`;
}
